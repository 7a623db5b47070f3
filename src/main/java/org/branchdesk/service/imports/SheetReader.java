package org.branchdesk.service.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.branchdesk.domain.UserError;

/**
 * Reads the first sheet of a clerk's file into rows of text, whatever the format: {@code .xlsx},
 * the older {@code .xls} (WPS and many offices), or CSV in UTF-8 or GBK. The format is told
 * from the bytes, not the file name. Row numbers are the sheet's own (for CSV the line).
 */
public final class SheetReader {
    /** Numbers this large lost digits in the spreadsheet (a double holds 15): kept recognisable. */
    private static final double LOST_DIGITS = 1e15;

    private SheetReader() {
    }

    public static List<SheetRow> read(byte[] content, String source) {
        if (isZip(content) || isOle2(content)) {
            return readWorkbook(content, source);
        }
        return CsvFile.parse(CsvFile.decode(content));
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
    }

    private static List<SheetRow> readWorkbook(byte[] content, String source) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            if (wb.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = wb.getSheetAt(0);
            List<SheetRow> rows = new ArrayList<>(sheet.getLastRowNum() + 1);
            for (Row row : sheet) {
                int last = Math.max(row.getLastCellNum(), 0);
                List<String> cells = new ArrayList<>(last);
                for (int c = 0; c < last; c++) {
                    cells.add(text(row.getCell(c)));
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new UserError(e, "error.import.unreadable", source);
        }
    }

    /** A cell as the clerk sees it: dates as ISO dates, whole numbers without ".0". */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
                    return date.toString();
                }
                double v = cell.getNumericCellValue();
                if (Math.abs(v) >= LOST_DIGITS) {
                    return Double.toString(v); // e.g. 4.10302198001011E17: the ID check explains it
                }
                return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
            default:
                return "";
        }
    }
}
