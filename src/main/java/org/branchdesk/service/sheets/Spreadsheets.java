package org.branchdesk.service.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
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
 * needs little memory. Every cell is text (ID numbers and dates stay as shown), but amounts of
 * money.
 */
public final class Spreadsheets {
    private Spreadsheets() {}

    public static void writeXlsx(
            Path out, String sheetName, List<String> header, Iterable<List<String>> rows) {
        writeCells(out, sheetName, header, rows);
    }

    /**
     * Writes a table whose cells are text, except amounts of money ({@link BigDecimal}), which are
     * numbers shown with two places and thousands separators ({@code #,##0.00}), so a sheet adds
     * them up.
     */
    public static void writeCells(
            Path out, String sheetName, List<String> header, Iterable<? extends List<?>> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200);
                OutputStream os = Files.newOutputStream(out)) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
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
            for (List<?> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof BigDecimal amount) {
                        row.createCell(i).setCellValue(amount.doubleValue());
                        row.getCell(i).setCellStyle(money);
                    } else if (v != null && !v.toString().isEmpty()) {
                        row.createCell(i).setCellValue(v.toString());
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
