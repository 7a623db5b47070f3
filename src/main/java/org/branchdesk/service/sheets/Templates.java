package org.branchdesk.service.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;

/**
 * The import templates the application writes: the header row a file must have. A {@code .csv}
 * template is UTF-8 with a byte-order mark (Excel then reads it right); anything else is written as
 * {@code .xlsx}, every column formatted as text so that ID numbers keep all their digits, with a
 * filled-in example on a second sheet (only the first sheet is imported).
 */
public final class Templates {
    private Templates() {}

    /**
     * Writes the template of a kind of sheet ({@code kind} names its bundle texts: the sheet's name
     * {@code template.sheet.KIND} and an example row {@code template.example.KIND}).
     */
    public static void write(String kind, List<? extends ImportColumn> columns, Path out) {
        List<String> header = columns.stream().map(ImportColumn::templateHeader).toList();
        List<String> example =
                CsvFile.parse(Messages.format("template.example." + kind)).get(0).cells();
        try {
            if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                StringBuilder csv = new StringBuilder("\uFEFF");
                csv.append(String.join(",", header.stream().map(CsvFile::quote).toList()))
                        .append("\r\n");
                Files.writeString(out, csv, StandardCharsets.UTF_8);
                return;
            }
            try (XSSFWorkbook wb = new XSSFWorkbook();
                    OutputStream os = Files.newOutputStream(out)) {
                Sheet sheet = wb.createSheet(Messages.format("template.sheet." + kind));
                DataFormat format = wb.createDataFormat();
                CellStyle text = wb.createCellStyle();
                text.setDataFormat(format.getFormat("@"));
                CellStyle bold = wb.createCellStyle();
                Font font = wb.createFont();
                font.setBold(true);
                bold.setFont(font);
                bold.setDataFormat(format.getFormat("@"));
                Sheet sample = wb.createSheet(Messages.format("template.sheet.example"));
                Row h = sheet.createRow(0);
                Row sh = sample.createRow(0);
                Row e = sample.createRow(1);
                for (int i = 0; i < header.size(); i++) {
                    h.createCell(i).setCellValue(header.get(i));
                    h.getCell(i).setCellStyle(bold);
                    sh.createCell(i).setCellValue(header.get(i));
                    sh.getCell(i).setCellStyle(bold);
                    e.createCell(i).setCellValue(i < example.size() ? example.get(i) : "");
                    e.getCell(i).setCellStyle(text);
                    sheet.setDefaultColumnStyle(i, text);
                    int width =
                            Math.max(
                                            10,
                                            Math.max(
                                                    header.get(i).length() * 2 + 4,
                                                    i < example.size()
                                                            ? example.get(i).length() + 2
                                                            : 0))
                                    * 256;
                    sheet.setColumnWidth(i, Math.min(width, 40 * 256));
                    sample.setColumnWidth(i, Math.min(width, 40 * 256));
                }
                sheet.createFreezePane(0, 1);
                wb.write(os);
            }
        } catch (IOException e) {
            throw new UserError(e, "error.file.cannotWrite", out);
        }
    }
}
