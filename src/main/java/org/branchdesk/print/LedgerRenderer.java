package org.branchdesk.print;

import static org.branchdesk.print.Gb9704.MM;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.branchdesk.domain.common.Messages;

/** Lays a {@link Ledger} out as paged tables and writes it as PDF/A-2b. */
public final class LedgerRenderer {
    /** The date of the throwaway warm-up page: any fixed day, so nothing reads a clock. */
    private static final LocalDate WARM_UP_DAY = LocalDate.of(2020, 1, 1);

    static final float MARGIN = 15 * MM;
    static final float FOOTER = 16 * MM;
    static final float TITLE_SIZE = 18f;
    static final float META_SIZE = 10.5f;
    static final float HEADER_SIZE = 10f;
    static final float CELL_SIZE = 9.5f;
    static final float FOOTER_SIZE = 9f;
    static final float PAD = 1.1f * MM;
    static final float LEADING = 1.32f;

    /**
     * A money ledger's strip on the binding (left) edge, beside the margin, kept free for the seam
     * seal (骑缝章) stamped across the pages' edges, and marked by a light 装订线.
     */
    static final float SEAM = 12 * MM;

    /** The grey of the binding line and its label: seen when looked for, not read as content. */
    private static final float SEAM_GREY = 0.62f;

    private final FontLibrary fonts;

    public LedgerRenderer(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /**
     * A row laid out: its cells' lines and its height, and in a money ledger its amounts by column
     * (on the first part only of a row cut over pages, so that it is counted once).
     */
    private record Laid(
            List<List<String>> cells, float height, boolean bold, BigDecimal[] amounts) {
        Laid(List<List<String>> cells, float height, boolean bold) {
            this(cells, height, bold, null);
        }

        Laid with(BigDecimal[] amounts) {
            return new Laid(cells, height, bold, amounts);
        }
    }

    /** The height of a table row of {@code lines} lines of cell text. */
    static float rowHeight(int lines) {
        return lines * CELL_SIZE * LEADING + 2 * PAD;
    }

    /** Where each page's rows start and end (in the list of laid rows). */
    private record PageRows(int from, int to, boolean signatures) {}

    /**
     * Renders a one-page throwaway ledger and discards it: the fonts' tables are read and PDFBox's
     * classes loaded before a real document needs them. Small on purpose: a real ledger waits for
     * it (the fonts are used by one document at a time).
     */
    public static void warmUp(FontLibrary fonts) {
        List<Ledger.Row> rows = new ArrayList<>();
        String sample = Messages.format("print.warmUp");
        for (int i = 0; i < 20; i++) {
            rows.add(
                    new Ledger.Row(
                            "",
                            List.of(
                                    Integer.toString(i),
                                    sample,
                                    "990101********" + (1000 + i),
                                    "2020-02-" + (10 + i % 18),
                                    "199****" + (1000 + i))));
        }
        new LedgerRenderer(fonts)
                .render(
                        new Ledger(
                                sample,
                                sample,
                                WARM_UP_DAY,
                                WARM_UP_DAY,
                                true,
                                List.of(
                                        Ledger.Column.text(sample, 1),
                                        Ledger.Column.text(sample, 2),
                                        Ledger.Column.text(sample, 2),
                                        Ledger.Column.text(sample, 1),
                                        Ledger.Column.text(sample, 1)),
                                rows,
                                false,
                                sample,
                                "AAAA-0000",
                                null,
                                sample),
                        Calendar.getInstance());
    }

    public Rendered render(Ledger ledger, Calendar created) {
        synchronized (fonts) {
            try (PDDocument doc = new PDDocument()) {
                FontSet set = new FontSet(doc, fonts);
                PDRectangle size =
                        ledger.landscape()
                                ? new PDRectangle(
                                        PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                                : PDRectangle.A4;
                MoneyLedger money = ledger.money() ? new MoneyLedger(ledger) : null;
                Ledger shown = money == null ? ledger : money.shown();
                // a money ledger keeps a strip free on its binding edge for the seam seal
                float left = money == null ? MARGIN : MARGIN + SEAM;
                float width = size.getWidth() - 2 * MARGIN - (money == null ? 0 : SEAM);
                float[] colWidths =
                        widths(shown, money == null ? shown.rows() : money.widest(), width, set);
                Laid header =
                        lay(
                                set,
                                shown,
                                shown.columns().stream().map(Ledger.Column::header).toList(),
                                colWidths,
                                Face.HEI,
                                HEADER_SIZE,
                                true,
                                shown.context());
                List<String> signatures =
                        LineBreaker.lines(
                                Messages.format(
                                        money == null
                                                ? "print.ledger.signatures"
                                                : "print.ledger.moneySignatures"),
                                width,
                                0,
                                cp -> set.width(Face.SONG, cp, META_SIZE, null));
                float signatureHeight = signatures.size() * META_SIZE * 2.2f + 4 * MM;
                // what every page of a money ledger keeps below its rows, and the last one more
                MoneyLedger.Summary grand = money == null ? null : money.grand(set, colWidths);
                float reserve =
                        money == null
                                ? 0
                                : money.summary(
                                                        Messages.format(
                                                                "print.ledger.pageSubtotal"),
                                                        money.zeros(),
                                                        set,
                                                        colWidths)
                                                .height()
                                        + money.summary(
                                                        Messages.format(
                                                                "print.ledger.runningTotal"),
                                                        money.zeros(),
                                                        set,
                                                        colWidths)
                                                .height()
                                        + signatureHeight;
                float last = grand == null ? 0 : grand.height();
                List<Laid> rows = new ArrayList<>(shown.rows().size() + 1);
                // a row taller than a page continues on the next one, never into the footer
                float tallest =
                        size.getHeight()
                                - 2 * MARGIN
                                - FOOTER
                                - header.height()
                                - TITLE_SIZE * 1.6f
                                - META_SIZE * 2.4f
                                - reserve
                                - last;
                for (int i = 0; i < shown.rows().size(); i++) {
                    Ledger.Row r = shown.rows().get(i);
                    rows.addAll(
                            split(
                                    lay(
                                                    set, shown, r.cells(), colWidths, Face.SONG,
                                                    CELL_SIZE, false, r.label())
                                            .with(money == null ? null : money.amounts(i)),
                                    tallest));
                }
                if (money == null && ledger.totals() && !ledger.rows().isEmpty()) {
                    rows.add(
                            lay(
                                    set,
                                    ledger,
                                    totals(ledger),
                                    colWidths,
                                    Face.HEI,
                                    CELL_SIZE,
                                    true,
                                    ledger.context()));
                }

                // pages: the first carries the title and the unit/as-of line
                float top = size.getHeight() - MARGIN;
                float bottom = MARGIN + FOOTER;
                float firstStart = top - TITLE_SIZE * 1.6f - META_SIZE * 2.4f;
                List<PageRows> pages =
                        money == null
                                ? pages(
                                        rows,
                                        firstStart,
                                        top,
                                        header.height(),
                                        bottom,
                                        signatureHeight)
                                : moneyPages(
                                        rows,
                                        firstStart,
                                        top,
                                        header.height(),
                                        bottom + reserve,
                                        last);

                BigDecimal[] soFar = money == null ? null : money.zeros();
                for (int p = 0; p < pages.size(); p++) {
                    PDPage page = new PDPage(size);
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        float at = top;
                        if (p == 0) {
                            at = drawTitle(cs, set, shown, size, left, top);
                        }
                        PageRows pr = pages.get(p);
                        if (pr.to() > pr.from() || p == 0) {
                            float tableTop = at;
                            at =
                                    drawRow(
                                            cs,
                                            set,
                                            header,
                                            colWidths,
                                            shown,
                                            left,
                                            at,
                                            Face.HEI,
                                            HEADER_SIZE,
                                            true);
                            for (int i = pr.from(); i < pr.to(); i++) {
                                Laid r = rows.get(i);
                                at =
                                        drawRow(
                                                cs,
                                                set,
                                                r,
                                                colWidths,
                                                shown,
                                                left,
                                                at,
                                                r.bold() ? Face.HEI : Face.SONG,
                                                CELL_SIZE,
                                                false);
                            }
                            grid(cs, colWidths, left, tableTop, at);
                        }
                        if (money != null) {
                            BigDecimal[] onPage = money.zeros();
                            for (int i = pr.from(); i < pr.to(); i++) {
                                MoneyLedger.add(onPage, rows.get(i).amounts());
                            }
                            MoneyLedger.add(soFar, onPage);
                            at =
                                    drawSummary(
                                            cs,
                                            set,
                                            shown,
                                            colWidths,
                                            left,
                                            at,
                                            money.summary(
                                                    Messages.format("print.ledger.pageSubtotal"),
                                                    onPage,
                                                    set,
                                                    colWidths));
                            at =
                                    drawSummary(
                                            cs,
                                            set,
                                            shown,
                                            colWidths,
                                            left,
                                            at,
                                            money.summary(
                                                    Messages.format("print.ledger.runningTotal"),
                                                    soFar,
                                                    set,
                                                    colWidths));
                            if (p == pages.size() - 1) {
                                at = drawSummary(cs, set, shown, colWidths, left, at, grand);
                            }
                            drawSeam(cs, set, size);
                        }
                        if (pr.signatures()) {
                            float sy = at - META_SIZE * 2.4f;
                            for (String s : signatures) {
                                set.show(cs, s, Face.SONG, META_SIZE, left, sy, null);
                                sy -= META_SIZE * 2.2f;
                            }
                        }
                        drawFooter(cs, set, shown, size, left, p + 1, pages.size());
                    }
                }
                PdfA.apply(
                        doc,
                        ledger.title(),
                        ledger.reportingUnit() == null ? "" : ledger.reportingUnit(),
                        created);
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                doc.save(out);
                return new Rendered(out.toByteArray(), pages.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The pages of a ledger: rows while they fit, the signature lines after the last row, on a page
     * of their own when they do not fit below it.
     */
    private static List<PageRows> pages(
            List<Laid> rows,
            float firstStart,
            float top,
            float headerHeight,
            float bottom,
            float signatureHeight) {
        List<PageRows> pages = new ArrayList<>();
        int from = 0;
        float y = firstStart - headerHeight;
        for (int i = 0; i < rows.size(); i++) {
            if (y - rows.get(i).height() < bottom && i > from) {
                pages.add(new PageRows(from, i, false));
                from = i;
                y = top - headerHeight;
            }
            y -= rows.get(i).height();
        }
        boolean signaturesFit = y - signatureHeight >= bottom;
        pages.add(new PageRows(from, rows.size(), signaturesFit));
        if (!signaturesFit) {
            pages.add(new PageRows(rows.size(), rows.size(), true));
        }
        return pages;
    }

    /**
     * The pages of a money ledger: rows while they fit above the page's subtotal, running total and
     * signature lines ({@code bottom} is above them); the last page also holds the 合计 (its height
     * {@code grand}), and when it does not, its last row goes over to a page of its own.
     */
    private static List<PageRows> moneyPages(
            List<Laid> rows,
            float firstStart,
            float top,
            float headerHeight,
            float bottom,
            float grand) {
        List<PageRows> pages = new ArrayList<>();
        int from = 0;
        float y = firstStart - headerHeight;
        for (int i = 0; i < rows.size(); i++) {
            if (y - rows.get(i).height() < bottom && i > from) {
                pages.add(new PageRows(from, i, true));
                from = i;
                y = top - headerHeight;
            }
            y -= rows.get(i).height();
        }
        if (y - grand < bottom && rows.size() - from > 1) {
            pages.add(new PageRows(from, rows.size() - 1, true));
            from = rows.size() - 1;
        }
        pages.add(new PageRows(from, rows.size(), true));
        return pages;
    }

    /**
     * Column widths: each column as wide as its longest cell (the header may take two lines) when
     * the page allows, the rest shared by the columns' weights; otherwise by weight alone, and long
     * cells wrap.
     */
    private static float[] widths(Ledger ledger, List<Ledger.Row> rows, float width, FontSet set) {
        int n = ledger.columns().size();
        float totalWeight = 0;
        for (Ledger.Column c : ledger.columns()) {
            totalWeight += c.weight();
        }
        float[] desired = new float[n];
        // numbers, dates, ID numbers and phones do not break well: their width is a minimum
        float[] unbreakable = new float[n];
        for (int c = 0; c < n; c++) {
            String header = ledger.columns().get(c).header();
            desired[c] =
                    set.width(header, Face.HEI, HEADER_SIZE, ledger.context()) / 2 + HEADER_SIZE;
        }
        for (Ledger.Row r : rows) {
            for (int c = 0; c < n && c < r.cells().size(); c++) {
                String v = r.cells().get(c);
                if (v != null && !v.isEmpty() && v.indexOf('\n') < 0) {
                    float w =
                            Math.min(width * 0.35f, set.width(v, Face.SONG, CELL_SIZE, r.label()));
                    desired[c] = Math.max(desired[c], w);
                    if (v.length() <= 24 && v.chars().allMatch(ch -> ch < 0x2E80)) {
                        unbreakable[c] = Math.max(unbreakable[c], w);
                    }
                }
            }
        }
        float sum = 0;
        for (int c = 0; c < n; c++) {
            desired[c] += 2 * PAD + 0.5f;
            if (unbreakable[c] > 0) {
                unbreakable[c] += 2 * PAD + 0.5f;
            }
            sum += desired[c];
        }
        float[] w = new float[n];
        if (sum <= width) {
            for (int c = 0; c < n; c++) {
                w[c] = desired[c] + (width - sum) * ledger.columns().get(c).weight() / totalWeight;
            }
            return w;
        }
        // too wide: cap the widest columns at one width (they wrap), the narrow ones keep theirs
        float low = 0;
        float high = width;
        for (int i = 0; i < 30; i++) {
            float cap = (low + high) / 2;
            float total = 0;
            for (int c = 0; c < n; c++) {
                total += Math.max(unbreakable[c], Math.min(desired[c], cap));
            }
            if (total > width) {
                high = cap;
            } else {
                low = cap;
            }
        }
        float used = 0;
        for (int c = 0; c < n; c++) {
            w[c] = Math.max(unbreakable[c], Math.min(desired[c], low));
            used += w[c];
        }
        w[n - 1] += width - used;
        return w;
    }

    /** A row cut into rows no taller than {@code most}, each cell's lines shared out in order. */
    private static List<Laid> split(Laid row, float most) {
        if (row.height() <= most) {
            return List.of(row);
        }
        int perPart = Math.max(1, (int) ((most - 2 * PAD) / (CELL_SIZE * LEADING)));
        int longest = row.cells().stream().mapToInt(List::size).max().orElse(1);
        List<Laid> parts = new ArrayList<>();
        for (int from = 0; from < longest; from += perPart) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (List<String> cell : row.cells()) {
                List<String> part =
                        from < cell.size()
                                ? cell.subList(from, Math.min(cell.size(), from + perPart))
                                : List.of("");
                cells.add(part);
                lines = Math.max(lines, part.size());
            }
            parts.add(
                    new Laid(
                            cells,
                            lines * CELL_SIZE * LEADING + 2 * PAD,
                            row.bold(),
                            from == 0 ? row.amounts() : null));
        }
        return parts;
    }

    private static List<String> totals(Ledger ledger) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < ledger.columns().size(); c++) {
            Ledger.Column col = ledger.columns().get(c);
            if (c == 0) {
                cells.add(Messages.format("print.ledger.total"));
            } else if (col.summed()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (Ledger.Row r : ledger.rows()) {
                    String v = c < r.cells().size() ? r.cells().get(c) : null;
                    if (v != null && !v.isBlank()) {
                        try {
                            sum = sum.add(new BigDecimal(v.trim()));
                        } catch (NumberFormatException e) {
                            // a note in a number column is not counted
                        }
                    }
                }
                cells.add(sum.stripTrailingZeros().toPlainString());
            } else {
                cells.add("");
            }
        }
        return cells;
    }

    private static Laid lay(
            FontSet set,
            Ledger ledger,
            List<String> cells,
            float[] widths,
            Face face,
            float size,
            boolean bold,
            String context) {
        List<List<String>> lines = new ArrayList<>(widths.length);
        int most = 1;
        for (int c = 0; c < widths.length; c++) {
            String v = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
            float inner = widths[c] - 2 * PAD;
            List<String> l;
            if (v.isEmpty()) {
                l = List.of("");
            } else if (v.indexOf('\n') < 0 && set.width(v, face, size, context) <= inner) {
                l = List.of(v);
            } else if (bold
                    && ledger.columns().stream().map(Ledger.Column::header).anyMatch(v::equals)) {
                // a header in two balanced lines (本社区 / 党员), not one character left alone
                l = NoticeRenderer.balanced(v, inner, cp -> set.width(face, cp, size, context));
            } else {
                l = LineBreaker.lines(v, inner, 0, cp -> set.width(face, cp, size, context));
            }
            lines.add(l);
            most = Math.max(most, l.size());
        }
        return new Laid(lines, most * size * LEADING + 2 * PAD, bold);
    }

    private float drawTitle(
            PDPageContentStream cs,
            FontSet set,
            Ledger ledger,
            PDRectangle size,
            float left,
            float top)
            throws IOException {
        float w = set.width(ledger.title(), Face.HEI, TITLE_SIZE, ledger.context());
        float y = top - TITLE_SIZE;
        set.show(
                cs,
                ledger.title(),
                Face.HEI,
                TITLE_SIZE,
                // over the table, which a money ledger's binding strip moves off the page's middle
                left == MARGIN
                        ? (size.getWidth() - w) / 2
                        : left + (size.getWidth() - MARGIN - left - w) / 2,
                y,
                ledger.context());
        y -= TITLE_SIZE * 0.6f + META_SIZE * 1.6f;
        String unit =
                Messages.format(
                        "print.ledger.unit",
                        ledger.reportingUnit() == null ? "" : ledger.reportingUnit());
        set.show(cs, unit, Face.SONG, META_SIZE, left, y, ledger.context());
        String asOf =
                Messages.format("print.ledger.asOf", NoticeRenderer.chineseDate(ledger.asOf()));
        float aw = set.width(asOf, Face.SONG, META_SIZE, null);
        set.show(cs, asOf, Face.SONG, META_SIZE, size.getWidth() - MARGIN - aw, y, null);
        return y - META_SIZE * 0.8f;
    }

    private float drawRow(
            PDPageContentStream cs,
            FontSet set,
            Laid row,
            float[] widths,
            Ledger ledger,
            float left,
            float top,
            Face face,
            float size,
            boolean header)
            throws IOException {
        float x = left;
        float h = row.height();
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        if (header) {
            cs.setNonStrokingColor(0.90f, 0.90f, 0.90f);
            cs.addRect(left, top - h, total, h);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
        }
        // each row draws its bottom rule; the page's frame and column rules are drawn once
        cs.setLineWidth(0.5f);
        cs.moveTo(left, top - h);
        cs.lineTo(left + total, top - h);
        cs.stroke();
        x = left;
        set.begin(cs);
        for (int c = 0; c < widths.length; c++) {
            List<String> lines = row.cells().get(c);
            boolean numeric = ledger.columns().get(c).numeric() && !header;
            float ly = top - PAD - size * 0.95f;
            for (String line : lines) {
                if (!line.isEmpty()) {
                    float lx = x + PAD;
                    if (header || numeric) {
                        float lw = set.width(line, face, size, ledger.context());
                        lx = header ? x + (widths[c] - lw) / 2 : x + widths[c] - PAD - lw;
                    }
                    set.place(cs, line, face, size, lx, ly, ledger.context());
                }
                ly -= size * LEADING;
            }
            x += widths[c];
        }
        set.end(cs);
        return top - h;
    }

    /** The table's frame and column rules on one page, from its top to its last row. */
    private static void grid(
            PDPageContentStream cs, float[] widths, float left, float top, float bottom)
            throws IOException {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        cs.setLineWidth(0.5f);
        cs.addRect(left, bottom, total, top - bottom);
        float x = left;
        for (int c = 0; c < widths.length - 1; c++) {
            x += widths[c];
            cs.moveTo(x, top);
            cs.lineTo(x, bottom);
        }
        cs.stroke();
    }

    private void drawFooter(
            PDPageContentStream cs,
            FontSet set,
            Ledger ledger,
            PDRectangle size,
            float left,
            int page,
            int pages)
            throws IOException {
        // serial and code on one line, the page number centred below them
        float y = MARGIN + 7 * MM;
        String serial =
                Messages.format(
                        "print.ledger.serial",
                        ledger.serial() == null ? "" : ledger.serial(),
                        NoticeRenderer.chineseDate(ledger.printedOn()));
        set.show(cs, serial, Face.SONG, FOOTER_SIZE, left, y, null);
        String number = Messages.format("print.ledger.page", page, pages);
        float nw = set.width(number, Face.SONG, FOOTER_SIZE, null);
        set.show(
                cs,
                number,
                Face.SONG,
                FOOTER_SIZE,
                (size.getWidth() - nw) / 2,
                MARGIN + 1.5f * MM,
                null);
        if (ledger.code() != null) {
            String code = Messages.format("print.ledger.code", ledger.code());
            float cw = set.width(code, Face.SONG, FOOTER_SIZE, null);
            set.show(cs, code, Face.SONG, FOOTER_SIZE, size.getWidth() - MARGIN - cw, y, null);
        }
        if (ledger.marking() != null) {
            float mw = set.width(ledger.marking(), Face.HEI, META_SIZE, null);
            set.show(
                    cs,
                    ledger.marking(),
                    Face.HEI,
                    META_SIZE,
                    size.getWidth() - MARGIN - mw,
                    size.getHeight() - MARGIN + META_SIZE * 0.2f,
                    null);
        }
    }

    /**
     * A money ledger's summing row (本页小计, 累计, 合计): its name across the columns before the first
     * amount, the figures right-aligned in the money columns, and (合计) the text across the columns
     * from where it starts on, which keep no rules between them.
     */
    private static float drawSummary(
            PDPageContentStream cs,
            FontSet set,
            Ledger ledger,
            float[] widths,
            float left,
            float top,
            MoneyLedger.Summary s)
            throws IOException {
        int n = widths.length;
        float[] xs = new float[n + 1];
        xs[0] = left;
        for (int c = 0; c < n; c++) {
            xs[c + 1] = xs[c] + widths[c];
        }
        float h = s.height();
        cs.setLineWidth(0.5f);
        cs.moveTo(left, top - h);
        cs.lineTo(xs[n], top - h);
        // the frame, and the column rules from the first amount to where the text runs on
        for (int c = 0; c <= n; c++) {
            if (c == 0 || c == n || c >= s.first() && c <= s.textFrom()) {
                cs.moveTo(xs[c], top);
                cs.lineTo(xs[c], top - h);
            }
        }
        cs.stroke();
        set.begin(cs);
        float first = top - PAD - CELL_SIZE * 0.95f;
        float ly = first;
        for (String line : s.label()) {
            float lw = set.width(line, Face.HEI, CELL_SIZE, ledger.context());
            set.place(
                    cs,
                    line,
                    Face.HEI,
                    CELL_SIZE,
                    left + (xs[s.first()] - left - lw) / 2,
                    ly,
                    ledger.context());
            ly -= CELL_SIZE * LEADING;
        }
        for (int c = s.first(); s.figures() != null && c <= s.last(); c++) {
            String figure = s.figures().get(c);
            if (figure != null) {
                float fw = set.width(figure, Face.HEI, CELL_SIZE, null);
                set.place(cs, figure, Face.HEI, CELL_SIZE, xs[c + 1] - PAD - fw, first, null);
            }
        }
        ly = first;
        for (List<String> line : s.text() == null ? List.<List<String>>of() : s.text()) {
            float lx = xs[s.textFrom()] + PAD;
            for (String piece : line) {
                set.place(cs, piece, Face.HEI, CELL_SIZE, lx, ly, null);
                lx += set.width(piece, Face.HEI, CELL_SIZE, null) + CELL_SIZE;
            }
            ly -= CELL_SIZE * LEADING;
        }
        set.end(cs);
        return top - h;
    }

    /**
     * The binding strip of a money ledger: a light dashed 装订线 down the left edge, its label set
     * upright in the middle. The label is drawn as outlines, not text, so that the page's text
     * (what a reader copies or a test extracts) is the ledger's alone.
     */
    private static void drawSeam(PDPageContentStream cs, FontSet set, PDRectangle size)
            throws IOException {
        String label = Messages.format("print.ledger.binding");
        float glyph = FOOTER_SIZE;
        float x = MARGIN + SEAM / 2;
        float middle = size.getHeight() / 2;
        float step = glyph * 2.2f;
        int count = label.codePointCount(0, label.length());
        float labelTop = middle + count * step / 2;
        float labelBottom = middle - count * step / 2;
        cs.saveGraphicsState();
        cs.setStrokingColor(SEAM_GREY);
        cs.setNonStrokingColor(SEAM_GREY);
        cs.setLineWidth(0.4f);
        cs.setLineDashPattern(new float[] {3f, 2f}, 0);
        cs.moveTo(x, MARGIN);
        cs.lineTo(x, labelBottom);
        cs.moveTo(x, labelTop);
        cs.lineTo(x, size.getHeight() - MARGIN);
        cs.stroke();
        float y = labelTop - (step + glyph) / 2 - glyph * 0.1f;
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            float w = set.width(Face.SONG, cp, glyph, null);
            set.outline(cs, cp, Face.SONG, glyph, x - w / 2, y);
            y -= step;
            i += Character.charCount(cp);
        }
        cs.restoreGraphicsState();
    }
}
