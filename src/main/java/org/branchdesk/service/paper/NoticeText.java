package org.branchdesk.service.paper;

import java.time.LocalDate;
import java.util.List;
import org.branchdesk.print.Notice;

/**
 * What a capability's notice says: its title, the date it is signed, addressee and body, and the
 * facts that are hashed for verification (they change only if the record behind the paper changes).
 * The documents service adds the office's mark, number and seal.
 *
 * @param label how the register of issued documents names the subject
 * @param context a line under the body that says what the notice rests on, or {@code null}
 */
public record NoticeText(
        String title,
        LocalDate signedOn,
        String addressee,
        List<Notice.Paragraph> body,
        String label,
        List<String> facts,
        String context) {}
