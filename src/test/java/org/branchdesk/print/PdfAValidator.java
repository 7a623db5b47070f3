package org.branchdesk.print;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's verdict on a document against PDF/A-2b: the failed rules, empty when it conforms. */
final class PdfAValidator {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAValidator() {}

    static List<String> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser =
                        Foundries.defaultInstance()
                                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator =
                        Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(
                            a ->
                                    a.getRuleId().getClause()
                                            + "-"
                                            + a.getRuleId().getTestNumber()
                                            + ": "
                                            + a.getMessage())
                    .distinct()
                    .toList();
        }
    }
}
