package org.innocomplex.submission.infrastructure.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.submission.domain.ImportTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded table, .xlsx (its first sheet, streamed with POI's SAX handler so a small file that unpacks to
 * millions of cells cannot exhaust memory) or CSV. CSV is read as UTF-8, or as GB18030 when it is not valid UTF-8:
 * Excel on a Chinese Windows saves "CSV" in the local code page. Reading stops past {@code maxRows} data rows.
 */
public final class TableFiles {
    private final int maxRows;

    public TableFiles(int maxRows) {
        this.maxRows = maxRows;
    }

    public ImportTable read(byte[] bytes) {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new DomainException("submission.import.error.unreadable");
        }
        return switch (magic) {
            case OOXML -> xlsx(bytes);
            case UNKNOWN -> csv(decode(bytes));
            // .xls, PDF, images...: not a table this reader knows
            default -> throw new DomainException("submission.import.error.format");
        };
    }

    ImportTable xlsx(byte[] bytes) {
        List<ImportTable.Row> lines = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new DomainException("submission.import.error.empty");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(pkg),
                        new Collector(lines),
                        new DataFormatter(),
                        false));
                xml.parse(new InputSource(sheet));
            }
        } catch (TooManyRows e) {
            throw new DomainException("submission.import.error.tooManyRows", maxRows);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            DomainException refusal = new DomainException("submission.import.error.unreadable");
            refusal.initCause(e);
            throw refusal;
        }
        return ImportTable.of(lines);
    }

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; a tab-separated file works too. */
    ImportTable csv(String text) {
        List<ImportTable.Row> lines = new ArrayList<>();
        int firstBreak = text.indexOf('\n');
        String first = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char sep = first.indexOf(',') < 0 && first.indexOf('\t') >= 0 ? '\t' : ',';
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        int dataRows = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == sep) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                // CRLF: the line ends at the LF
            } else if (c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(new ImportTable.Row(rowLine, List.copyOf(cells)));
                if (cells.stream().anyMatch(x -> !x.isBlank()) && ++dataRows > maxRows + 1) {
                    throw new DomainException("submission.import.error.tooManyRows", maxRows);
                }
                cells.clear();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            lines.add(new ImportTable.Row(rowLine, List.copyOf(cells)));
        }
        return ImportTable.of(lines);
    }

    static String decode(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
                        ? 3
                        : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buf)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** Rows of the sheet as lists of formatted cell texts, placed by column letter. */
    private final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<ImportTable.Row> lines;
        private List<String> cells;
        private int rowNum;

        Collector(List<ImportTable.Row> lines) {
            this.lines = lines;
        }

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum;
            this.cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            lines.add(new ImportTable.Row(rowNum + 1, java.util.Collections.unmodifiableList(cells)));
            if (lines.size() > maxRows + 1) {
                throw new TooManyRows();
            }
        }

        @Override
        public void cell(String reference, String formatted, XSSFComment comment) {
            int col = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (col > 16_384) {
                // beyond Excel's last column (XFD): a damaged file
                throw new DomainException("submission.import.error.unreadable");
            }
            while (cells.size() < col) {
                cells.add(null);
            }
            cells.add(formatted);
        }
    }
}
