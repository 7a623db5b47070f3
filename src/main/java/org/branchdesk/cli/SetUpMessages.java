package org.branchdesk.cli;

import java.io.PrintWriter;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.service.accounts.OfficeAccess;

/** What a command says when it has just created the office's administrator (and key). */
public final class SetUpMessages {
    private SetUpMessages() {}

    public static void print(PrintWriter out, OfficeAccess.SetUp opened) {
        if (opened.recoveryCode() == null) {
            return;
        }
        if (opened.convertedRows() != null) {
            long rows = opened.convertedRows().values().stream().mapToLong(Long::longValue).sum();
            out.println(
                    Messages.format("cli.setUp.converted", opened.convertedRows().size(), rows));
        }
        out.println(Messages.format("cli.setUp.admin", opened.services().actor().name()));
        out.println(Messages.format("cli.setUp.recoveryCode", opened.recoveryCode()));
    }
}
