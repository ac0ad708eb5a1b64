package org.innocomplex.reporting.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook of plain tables: a bold header row, numbers as numeric cells (so the reader can add them up again). */
public final class Workbooks implements AutoCloseable {

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle header;

    public Workbooks() {
        header = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
    }

    /** @param rows cells are String, Number (BigDecimal, Long, Integer) or null */
    public Workbooks sheet(String name, List<String> headers, List<List<Object>> rows) {
        Sheet s = wb.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(name));
        Row h = s.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            var c = h.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(header);
        }
        int r = 1;
        for (List<Object> row : rows) {
            Row x = s.createRow(r++);
            for (int i = 0; i < row.size(); i++) {
                Object v = row.get(i);
                if (v instanceof BigDecimal b) {
                    x.createCell(i).setCellValue(b.doubleValue());
                } else if (v instanceof Number n) {
                    x.createCell(i).setCellValue(n.doubleValue());
                } else if (v != null) {
                    x.createCell(i).setCellValue(v.toString());
                }
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            s.setColumnWidth(i, Math.min(60, Math.max(10, headers.get(i).length() * 2 + 4)) * 256);
        }
        s.createFreezePane(0, 1);
        return this;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
