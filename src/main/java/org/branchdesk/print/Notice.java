package org.branchdesk.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A notice (公文) as GB/T 9704-2012 lays it out: the red header with the issuing-authority mark and
 * document number, the title, the addressee, the body with its heading levels, attachments, the
 * signing organ and date (with room for the seal), and the 版记.
 *
 * @param documentNumber {@code 某街党工〔2020〕3号}, or a draft's {@code 某街党工〔2020〕 号}
 * @param partyOrgan a party organ's separator line carries a star
 * @param signedOn the date of signing (成文日期), as entered
 * @param context what the notice is about, for error messages (an organization's name)
 */
public record Notice(
        String issuingMark,
        boolean partyOrgan,
        String documentNumber,
        String title,
        String addressee,
        List<Paragraph> body,
        List<String> attachments,
        String signer,
        LocalDate signedOn,
        List<String> copiedTo,
        String printedBy,
        LocalDate printedOn,
        String context) {
    /** The structure levels of the body: 一、 in 黑体, （一） in 楷体, 1. and （1） in 仿宋. */
    public enum Level {
        BODY,
        HEADING_1,
        HEADING_2,
        HEADING_3,
        HEADING_4
    }

    /** One paragraph of the body. */
    public record Paragraph(Level level, String text) {
        public Paragraph {
            Objects.requireNonNull(level);
            Objects.requireNonNull(text);
        }

        public static Paragraph body(String text) {
            return new Paragraph(Level.BODY, text);
        }
    }

    public Notice {
        Objects.requireNonNull(issuingMark);
        Objects.requireNonNull(title);
        Objects.requireNonNull(signedOn, "signedOn");
        body = List.copyOf(body);
        attachments = List.copyOf(attachments);
        copiedTo = List.copyOf(copiedTo);
    }
}
