package org.innocomplex.reporting.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.util.List;

/**
 * PDF writing with a font that has Chinese glyphs: OpenPDF's built-in fonts have none, so a TrueType collection is
 * embedded (subset). Debian's fonts-wqy-zenhei is what CI installs; {@code -Dinnocomplex.pdf.font=path[,index]}
 * points elsewhere.
 */
public final class Pdf {

    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private static volatile BaseFont base;

    private final Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Font body;
    private final Font heading;
    private final Font title;

    public Pdf(String documentTitle) {
        BaseFont f = font();
        body = new Font(f, 10.5f);
        heading = new Font(f, 12.5f, Font.BOLD);
        title = new Font(f, 16, Font.BOLD);
        PdfWriter.getInstance(document, out);
        document.addTitle(documentTitle);
        document.addCreator("InnoComplex");
        document.open();
        Paragraph p = new Paragraph(documentTitle, title);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(14);
        document.add(p);
    }

    static BaseFont font() {
        if (base == null) {
            synchronized (Pdf.class) {
                if (base == null) {
                    base = load();
                }
            }
        }
        return base;
    }

    private static BaseFont load() {
        String configured = System.getProperty("innocomplex.pdf.font");
        List<String> paths = configured == null
                ? CANDIDATES
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(configured), CANDIDATES.stream())
                        .toList();
        for (String path : paths) {
            String file = path.contains(",") ? path.substring(0, path.lastIndexOf(',')) : path;
            if (new File(file).isFile()) {
                try {
                    return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (Exception e) {
                    // try the next one
                }
            }
        }
        throw new IllegalStateException(
                "no font with Chinese glyphs found; install fonts-wqy-zenhei or set " + "-Dinnocomplex.pdf.font");
    }

    public Pdf heading(String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(10);
        p.setSpacingAfter(6);
        document.add(p);
        return this;
    }

    public Pdf paragraph(String text) {
        Paragraph p = new Paragraph(text == null ? "" : text, body);
        p.setLeading(18);
        p.setSpacingAfter(6);
        document.add(p);
        return this;
    }

    /** a table with a header row; the last column right-aligned when {@code numericLast} */
    public Pdf table(List<String> header, List<List<String>> rows, float[] widths, boolean numericLast) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : header) {
            PdfPCell c = new PdfPCell(new Phrase(h, heading));
            c.setGrayFill(0.92f);
            t.addCell(c);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell c = new PdfPCell(new Phrase(row.get(i) == null ? "" : row.get(i), body));
                if (numericLast && i >= header.size() - 1) {
                    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                t.addCell(c);
            }
        }
        t.setSpacingAfter(8);
        document.add(t);
        return this;
    }

    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }
}
