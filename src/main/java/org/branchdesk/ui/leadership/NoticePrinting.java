package org.branchdesk.ui.leadership;

import java.nio.file.Path;
import org.branchdesk.service.documents.DocumentService;
import org.branchdesk.ui.common.Desk;

/**
 * What the committee tab needs to print leadership's notices.
 *
 * @param documents the service that words, numbers and registers notices
 * @param desk the system's printer dialog and PDF viewer
 * @param scratch where the PDFs of this session are written before they are saved or printed
 * @param saveFolder the folder a saved copy is proposed in
 * @param mayIssue whether the signed-in account may issue (签发) notices; anyone may see a draft
 */
public record NoticePrinting(
        DocumentService documents, Desk desk, Path scratch, Path saveFolder, boolean mayIssue) {}
