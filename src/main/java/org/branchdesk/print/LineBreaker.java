package org.branchdesk.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks Chinese text into lines the way a printed document does: at any character, but never so
 * that a line starts with closing punctuation (，。、；：？！）》」』 …) or ends with opening punctuation; a
 * run of Latin letters and digits (a year, a number) stays whole.
 */
final class LineBreaker {
    private static final String NO_START = "，。、；：？！）》」』”’〕】〉〗…—·%‰％～,.;:?!)]}";
    private static final String NO_END = "（《「『“‘〔【〈([{";

    /** The width of a character. */
    @FunctionalInterface
    interface Widths {
        float of(int codePoint);
    }

    private LineBreaker() {}

    static boolean mayNotStartLine(int cp) {
        return NO_START.indexOf(cp) >= 0;
    }

    static boolean mayNotEndLine(int cp) {
        return NO_END.indexOf(cp) >= 0;
    }

    /** Latin letters, digits and ASCII punctuation take half a character cell. */
    static boolean isHalfWidth(int cp) {
        return cp < 0x2000 && cp != 0x00B7;
    }

    /** Letters, digits and what joins them in dates, times and numbers (2020-03-03, 3.5, 8:30). */
    private static boolean isWordChar(int cp) {
        return cp < 0x80
                && (Character.isLetterOrDigit(cp)
                        || cp == '-'
                        || cp == '.'
                        || cp == ':'
                        || cp == '/');
    }

    /**
     * Lines no wider than {@code width}; the first is {@code firstIndent} narrower (a paragraph's
     * two-character indent). Line feeds in the text end lines.
     */
    static List<String> lines(String text, float width, float firstIndent, Widths widths) {
        List<String> out = new ArrayList<>();
        boolean first = true;
        for (String paragraph : text.split("\n", -1)) {
            int[] cps = paragraph.codePoints().toArray();
            int start = 0;
            while (start < cps.length || (start == 0 && cps.length == 0)) {
                if (cps.length == 0) {
                    out.add("");
                    break;
                }
                float available = width - (first ? firstIndent : 0);
                first = false;
                int end = start;
                float used = 0;
                while (end < cps.length && used + widths.of(cps[end]) <= available + 0.01f) {
                    used += widths.of(cps[end]);
                    end++;
                }
                if (end == start) {
                    end = start + 1; // a single character wider than the line: it goes alone
                }
                if (end < cps.length) {
                    end = adjust(cps, start, end);
                }
                out.add(new String(cps, start, end - start));
                start = end;
            }
        }
        return out;
    }

    /** Moves the break back so that no rule is broken, if the line can spare the characters. */
    private static int adjust(int[] cps, int start, int end) {
        int e = end;
        // the rules can undo each other ("〔2020〕": the number stays whole, then the bracket
        // may not end the line): apply them until the break stands still
        for (int round = 0; round < 8; round++) {
            int before = e;
            // closing punctuation may not start the next line: take the character before it along
            while (e > start + 1 && mayNotStartLine(cps[e])) {
                e--;
            }
            // opening punctuation may not end this line
            while (e > start + 1 && mayNotEndLine(cps[e - 1])) {
                e--;
            }
            // a number or Latin word stays whole
            if (e > start && e < cps.length && isWordChar(cps[e]) && isWordChar(cps[e - 1])) {
                int w = e;
                while (w > start && isWordChar(cps[w - 1])) {
                    w--;
                }
                if (w > start) {
                    e = w;
                }
            }
            if (e == before) {
                break;
            }
        }
        return e > start ? e : end;
    }
}
