package org.innocomplex.submission.infrastructure.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.xmlbeans.XmlException;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.submission.domain.UploadedSheet;
import org.innocomplex.submission.domain.UploadedSheet.Cell;
import org.innocomplex.submission.domain.WorkbookColumns;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the template sheets of an uploaded .xlsx with a SAX parser over the sheet XML, never the whole workbook as
 * objects: a 5 MB file can unpack to hundreds of megabytes of cells, and the server shares its memory with every
 * official. Rows are counted as they stream by and reading stops at the limit. A sheet is a template sheet when one
 * of its first rows holds the {@link WorkbookColumns#COMPLEX_ID} code; other sheets (notes the bureau added) are
 * skipped.
 */
public final class WorkbookReader {
    private static final Logger LOG = Logger.getLogger(WorkbookReader.class.getName());

    /** how far down the code row may have moved (titles inserted above the table) */
    static final int CODE_ROW_SEARCH = 10;
    /** Excel's last column is XFD (16,384); anything beyond is a damaged file */
    private static final int MAX_COLUMN = 16_384;

    private final int maxRows;

    public WorkbookReader(int maxRows) {
        this.maxRows = maxRows;
    }

    /** What was read: the template sheets and the cycle the template was made for, if it says. */
    public record Content(List<UploadedSheet> sheets, Optional<Long> cycleId) {}

    /**
     * Reads an upload: copies it to a temporary file (removed afterwards), refusing it past {@code maxBytes} or when
     * its first bytes are not those of an .xlsx, then reads the file.
     *
     * @throws DomainException {@code submission.excel.error.tooLarge}, {@code oldExcel} for an .xls, else as
     *         {@link #read(Path)}
     */
    public Content read(InputStream upload, long maxBytes) {
        Path file = null;
        try {
            file = Files.createTempFile("innocomplex-upload-", ".xlsx");
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int n; (n = upload.read(buffer)) > 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw new DomainException("submission.excel.error.tooLarge", maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, n);
                }
            }
            FileMagic magic;
            try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
            if (magic == FileMagic.OLE2) {
                // Excel 97–2003 (.xls), still common in offices: saving it as .xlsx is all it takes
                throw new DomainException("submission.excel.error.oldExcel");
            }
            if (magic != FileMagic.OOXML) {
                throw new DomainException("submission.excel.error.notXlsx");
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    /**
     * @param file an .xlsx on disk: the package is opened for random access, so only the parts read are inflated
     * @throws DomainException {@code submission.excel.error.notXlsx} for anything that is not a spreadsheet,
     *         {@code tooManyRows} past the limit, {@code notATemplate} when no sheet is a template sheet
     */
    public Content read(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            requireSpreadsheet(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            List<UploadedSheet> sheets = new ArrayList<>();
            int[] rowsSoFar = {0};
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    SheetHandler handler = new SheetHandler(it.getSheetName(), strings, rowsSoFar);
                    parse(in, handler);
                    handler.result().ifPresent(sheets::add);
                }
            }
            if (sheets.isEmpty()) {
                throw new DomainException("submission.excel.error.notATemplate");
            }
            return new Content(sheets, cycleOf(pkg));
        } catch (DomainException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            // whatever POI or the parser raise on a file they cannot take apart: to the user, it is not a workbook;
            // the log keeps the cause in case it was a fault of ours
            LOG.log(Level.FINE, "upload is not a readable workbook", e);
            throw new DomainException("submission.excel.error.notXlsx");
        }
    }

    private static void requireSpreadsheet(OPCPackage pkg) {
        var rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart main = rels.size() == 0 ? null : pkg.getPart(rels.getRelationship(0));
        String type = main == null ? "" : main.getContentType();
        // a .docx or .pptx is a package too; only a (macro-enabled) workbook or template has sheets to read
        if (!type.contains("spreadsheetml") && !type.startsWith("application/vnd.ms-excel")) {
            throw new DomainException("submission.excel.error.notXlsx");
        }
    }

    private static Optional<Long> cycleOf(OPCPackage pkg) {
        try {
            CTProperty p = new POIXMLProperties(pkg).getCustomProperties().getProperty(WorkbookColumns.CYCLE_PROPERTY);
            if (p == null) {
                return Optional.empty();
            }
            String v = p.isSetLpwstr()
                    ? p.getLpwstr()
                    : p.isSetI4() ? String.valueOf(p.getI4()) : p.isSetLpstr() ? p.getLpstr() : null;
            return v == null || !v.strip().matches("\\d{1,18}")
                    ? Optional.empty()
                    : Optional.of(Long.valueOf(v.strip()));
        } catch (IOException | OpenXML4JException | XmlException e) {
            // properties are a courtesy of the writer; a workbook without readable ones is still read
            return Optional.empty();
        }
    }

    private void parse(InputStream in, SheetHandler handler) throws IOException, SAXException {
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no SAX parser", e);
        }
        xml.setContentHandler(handler);
        try {
            xml.parse(new InputSource(in));
        } catch (StopSheet stop) {
            // the sheet is not a template sheet: nothing more of it is needed
        } catch (TooManyRows stop) {
            throw new DomainException("submission.excel.error.tooManyRows", maxRows);
        }
    }

    /** Ends the parse of a sheet early; carries no trace, it is flow, not failure. */
    private static final class StopSheet extends SAXException {
        private static final long serialVersionUID = 1L;

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** One sheet's XML: {@code <row r>} of {@code <c r t><v/><f/><is><t/></is></c>}. */
    private final class SheetHandler extends DefaultHandler {
        private final String name;
        private final ReadOnlySharedStringsTable strings;
        private final int[] rowsSoFar;

        private final Map<Integer, Map<Integer, Cell>> head = new HashMap<>();
        private int codeRow;
        private Map<Integer, String> codes = Map.of();
        private final List<UploadedSheet.Row> rows = new ArrayList<>();
        private final Map<Integer, Integer> stray = new LinkedHashMap<>();

        private int rowNumber;
        private Map<Integer, Cell> rowCells = new TreeMap<>();
        private int nextColumn;
        private int column;
        private String type;
        private boolean formula;
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();

        SheetHandler(String name, ReadOnlySharedStringsTable strings, int[] rowsSoFar) {
            this.name = name;
            this.strings = strings;
            this.rowsSoFar = rowsSoFar;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    rowCells = new TreeMap<>();
                    nextColumn = 0;
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref == null ? nextColumn : WorkbookColumns.index(ref.replaceAll("\\d", ""));
                    nextColumn = column + 1;
                    type = atts.getValue("t");
                    formula = false;
                    value.setLength(0);
                    inline.setLength(0);
                }
                case "v" -> inValue = true;
                case "f" -> formula = true;
                case "t" -> inInlineText = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inInlineText) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    Cell cell = cell();
                    if (cell != null && column >= 0 && column < MAX_COLUMN) {
                        rowCells.put(column, cell);
                    }
                }
                case "row" -> endRow();
                default -> {}
            }
        }

        /**
         * The cell just read, or null when it is blank. The type says where the content is: {@code <v>}, or the
         * inline {@code <is>} (a cell rewritten by some tools keeps a stale one beside its new {@code <v>}).
         */
        private Cell cell() {
            String t = type == null ? "n" : type;
            String v = "inlineStr".equals(t) && !inline.isEmpty() ? inline.toString() : value.toString();
            if (v.isEmpty()) {
                return formula ? new Cell(Cell.Kind.FORMULA_WITHOUT_VALUE, "") : null;
            }
            return switch (t) {
                case "s" -> {
                    String s = strings.getItemAt(Integer.parseInt(v.strip())).getString();
                    yield s == null || s.isBlank() ? null : Cell.text(s);
                }
                case "inlineStr", "str", "d" -> v.isBlank() ? null : Cell.text(v);
                case "b" -> new Cell(Cell.Kind.BOOLEAN, "1".equals(v.strip()) ? "TRUE" : "FALSE");
                case "e" -> new Cell(Cell.Kind.ERROR, v);
                default -> Cell.number(v);
            };
        }

        private void endRow() throws SAXException {
            if (codeRow == 0) {
                if (rowNumber > CODE_ROW_SEARCH) {
                    throw new StopSheet();
                }
                boolean isCodeRow = rowCells.values().stream()
                        .anyMatch(
                                c -> WorkbookColumns.COMPLEX_ID.equals(c.text().strip()));
                if (isCodeRow) {
                    codeRow = rowNumber;
                    Map<Integer, String> found = new TreeMap<>();
                    rowCells.forEach((col, c) -> found.put(col, c.text().strip()));
                    codes = found;
                } else {
                    head.put(rowNumber, rowCells);
                }
                return;
            }
            if (rowCells.isEmpty()) {
                return;
            }
            Map<Integer, Cell> kept = new TreeMap<>();
            rowCells.forEach((col, c) -> {
                if (codes.containsKey(col)) {
                    kept.put(col, c);
                } else {
                    stray.putIfAbsent(col, rowNumber);
                }
            });
            rowsSoFar[0]++;
            if (rowsSoFar[0] > maxRows) {
                throw new TooManyRows();
            }
            rows.add(new UploadedSheet.Row(rowNumber, kept));
        }

        Optional<UploadedSheet> result() {
            if (codeRow == 0) {
                return Optional.empty();
            }
            int headerRow = codeRow - 1;
            Map<Integer, String> titles = new HashMap<>();
            head.getOrDefault(headerRow, Map.of())
                    .forEach((col, c) -> titles.put(col, c.text().strip()));
            return Optional.of(new UploadedSheet(name, Math.max(headerRow, 0), codeRow, codes, titles, rows, stray));
        }
    }

    /** The row limit is passed; surfaces from the parser as the translated refusal. */
    private static final class TooManyRows extends SAXException {
        private static final long serialVersionUID = 1L;

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
