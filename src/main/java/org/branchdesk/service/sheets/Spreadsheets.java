package org.branchdesk.service.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.branchdesk.domain.common.UserError;

/**
 * Writes a table to {@code .xlsx}, streaming rows so that a list of a hundred thousand members
 * needs little memory. Every cell is text: ID numbers and dates stay as shown.
 */
public final class Spreadsheets {
    private Spreadsheets() {}

    public static void writeXlsx(
            Path out, String sheetName, List<String> header, Iterable<List<String>> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200);
                OutputStream os = Files.newOutputStream(out)) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
                h.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, Math.max(10, header.get(i).length() * 2 + 6) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    String v = values.get(i);
                    if (v != null && !v.isEmpty()) {
                        row.createCell(i).setCellValue(v);
                        row.getCell(i).setCellStyle(text);
                    }
                }
            }
            wb.write(os);
            wb.dispose();
        } catch (IOException e) {
            throw new UserError(e, "error.file.cannotWrite", out);
        }
    }
}
