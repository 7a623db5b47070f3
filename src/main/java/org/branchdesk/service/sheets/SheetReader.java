package org.branchdesk.service.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.branchdesk.domain.common.UserError;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of a clerk's file into rows of text, whatever the format: {@code .xlsx}
 * (streamed), the older {@code .xls} (WPS and many offices), or CSV in UTF-8 or GBK. The format is
 * told from the bytes, not the file name. Row numbers are the sheet's own (for CSV the line).
 */
public final class SheetReader {
    /** Numbers this large lost digits in the spreadsheet (a double holds 15): kept recognisable. */
    private static final double LOST_DIGITS = 1e15;

    private SheetReader() {}

    public static List<SheetRow> read(byte[] content, String source) {
        if (isZip(content)) {
            return readXlsx(content, source);
        }
        if (isOle2(content)) {
            return readWorkbook(content, source);
        }
        return CsvFile.parse(CsvFile.decode(content));
    }

    /**
     * Streams the first sheet of an {@code .xlsx}: far faster and smaller than loading the workbook
     * (a 20,000-row roster reads in about a second instead of four).
     */
    private static List<SheetRow> readXlsx(byte[] content, String source) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return List.of();
            }
            List<SheetRow> rows = new ArrayList<>();
            RowCollector collector = new RowCollector(rows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(
                                styles, null, strings, collector, new ValueFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            return rows;
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | RuntimeException e) {
            throw new UserError(e, "error.import.unreadable", source);
        }
    }

    /** Collects the cells of each row in column order, empty cells as "". */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<SheetRow> rows;
        private List<String> cells;

        RowCollector(List<SheetRow> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new SheetRow(rowNum + 1, cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int col = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /**
     * The value of a numeric cell, not its display: ISO dates, plain numbers, lost digits visible.
     */
    private static final class ValueFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            if (Math.abs(value) >= LOST_DIGITS) {
                return Double.toString(value);
            }
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static boolean isOle2(byte[] b) {
        return b.length >= 8
                && (b[0] & 0xFF) == 0xD0
                && (b[1] & 0xFF) == 0xCF
                && (b[2] & 0xFF) == 0x11
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
        CellType type =
                cell.getCellType() == CellType.FORMULA
                        ? cell.getCachedFormulaResultType()
                        : cell.getCellType();
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
