package org.innocomplex.submission.infrastructure.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.submission.domain.ImportTable;
import org.junit.jupiter.api.Test;

class TableFilesTest {
    final TableFiles files = new TableFiles(100);

    @Test
    void csvWithQuotesLineBreaksAndABomKeepsTheLineNumbersAUserSees() {
        String csv = "\uFEFFnameZh,level,contactPerson\r\n"
                + "\"缙云锯床综合体\",省级,\"张三, 李四\"\r\n"
                + "\r\n"
                + "\"多行\n名称\",市级,\"他说\"\"好\"\"\"\n"
                + "最后一行,MUNICIPAL,";
        ImportTable t = files.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(t.headings()).containsExactly("nameZh", "level", "contactPerson");
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(0).line()).isEqualTo(2);
        assertThat(t.rows().get(0).cell(2)).isEqualTo("张三, 李四");
        assertThat(t.rows().get(1).line()).isEqualTo(4);
        assertThat(t.rows().get(1).cell(0)).isEqualTo("多行\n名称");
        assertThat(t.rows().get(1).cell(2)).isEqualTo("他说\"好\"");
        assertThat(t.rows().get(2).line()).isEqualTo(6);
        assertThat(t.rows().get(2).cell(2)).isNull();
        assertThat(t.columns()).containsEntry("namezh", 0).containsEntry("level", 1);
    }

    @Test
    void csvSavedByAChineseExcelInGb18030IsReadToo() {
        byte[] gbk = "nameZh,countyCode\n丽水综合体,331122\n".getBytes(Charset.forName("GB18030"));
        ImportTable t = files.read(gbk);
        assertThat(t.rows().get(0).cell(0)).isEqualTo("丽水综合体");
    }

    @Test
    void xlsxFirstSheetIsReadWithExcelsRowNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("名录");
            s.createRow(0).createCell(0).setCellValue("year");
            s.getRow(0).createCell(2).setCellValue("academicians");
            s.createRow(3).createCell(0).setCellValue(2023);
            s.getRow(3).createCell(2).setCellValue(2.5);
            wb.write(out);
        }
        ImportTable t = files.read(out.toByteArray());
        assertThat(t.headings()).containsExactly("year", null, "academicians");
        assertThat(t.rows()).hasSize(1);
        assertThat(t.rows().get(0).line()).isEqualTo(4);
        assertThat(t.rows().get(0).cell(0)).isEqualTo("2023");
        assertThat(t.rows().get(0).cell(2)).isEqualTo("2.5");
    }

    @Test
    void tooManyRowsAndOtherFormatsAreRefusedByKey() {
        StringBuilder csv = new StringBuilder("a\n");
        for (int i = 0; i < 102; i++) {
            csv.append(i).append('\n');
        }
        assertThatThrownBy(() -> files.read(csv.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DomainException.class)
                .hasMessage("submission.import.error.tooManyRows");
        byte[] pdf = "%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> files.read(pdf))
                .isInstanceOf(DomainException.class)
                .hasMessage("submission.import.error.format");
    }

    @Test
    void blankLinesAreNotRows() {
        ImportTable t = files.read("a,b\n,\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(t.rows()).extracting(ImportTable.Row::line).isEqualTo(List.of(3));
    }
}
