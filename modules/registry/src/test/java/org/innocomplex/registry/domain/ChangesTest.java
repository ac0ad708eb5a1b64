package org.innocomplex.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.innocomplex.registry.api.Level;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void anEditRecordsOnlyTheFieldsThatChangedWithOldAndNewValues() {
        Changes c = Changes.ofEdit();

        assertThat(c.set("nameZh", "旧名", "新名")).isEqualTo("新名");
        c.set("level", Level.MUNICIPAL, Level.MUNICIPAL);
        c.set("contactPhone", null, "0578-3123456");
        c.set("established", 2019, null);

        assertThat(c.lines())
                .containsExactly("nameZh: 旧名 → 新名", "contactPhone: — → 0578-3123456", "established: 2019 → —");
    }

    @Test
    void anEditThatChangesNothingIsEmpty() {
        Changes c = Changes.ofEdit();
        c.set("nameZh", "名", "名");

        assertThat(c.isEmpty()).isTrue();
    }

    @Test
    void aCreationListsEveryValueGivenAndSkipsTheAbsentOnes() {
        Changes c = Changes.ofCreation();
        c.set("nameZh", null, "名");
        c.set("contactPhone", null, null);
        c.set("affiliations", List.of(), List.of());
        c.set("affiliations", List.of(), List.of("浙江大学", "丽水学院"));

        assertThat(c.text()).isEqualTo("nameZh: 名\naffiliations: 浙江大学; 丽水学院");
    }

    @Test
    void aValuesLineBreaksDoNotStartANewField() {
        Changes c = Changes.ofEdit();
        c.set("name", "a\nb", "c");

        assertThat(c.lines()).containsExactly("name: a b → c");
    }

    @Test
    void theTextFitsTheAuditColumn() {
        Changes c = Changes.ofEdit();
        for (int i = 0; i < 100; i++) {
            c.set("f" + i, "x".repeat(30), "y".repeat(30));
        }

        assertThat(c.text()).hasSize(4000).endsWith("…");
    }
}
