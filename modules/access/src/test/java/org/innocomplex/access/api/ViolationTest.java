package org.innocomplex.access.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.innocomplex.access.api.Violation.Location;
import org.junit.jupiter.api.Test;

class ViolationTest {

    @Test
    void eachKindOfLocationHasOnlyItsOwnParts() {
        assertThat(Location.field("nameZh")).isEqualTo(new Location("nameZh", null, null, null, null, null));
        assertThat(Location.cell("年度报告", 7, "C", "营业收入")).isEqualTo(new Location(null, "年度报告", 7, "C", "营业收入", null));
        assertThat(Location.cell("年度报告", 7, "C").heading()).isNull();
        assertThat(Location.row(3)).isEqualTo(new Location(null, null, 3, null, null, null));
        assertThat(Location.row(3, "level")).isEqualTo(new Location("level", null, 3, null, null, null));
        assertThat(Location.row(3, null)).isEqualTo(Location.row(3));
        assertThat(Location.element("review")).isEqualTo(new Location(null, null, null, null, null, "review"));
    }

    @Test
    void aCellIsNamedAsAFormulaNamesIt() {
        assertThat(Location.cell("年度报告", 7, "AB").reference()).isEqualTo("年度报告!AB7");
        assertThat(Location.row(7).reference()).isNull();
        assertThat(Location.field("x").reference()).isNull();
    }

    @Test
    void aLocationPointsSomewhereReal() {
        assertThatThrownBy(() -> new Location(null, null, null, null, "heading", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Location.row(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Location(null, null, 3, "C", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Location.field(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Location.element(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aFieldsRefusalReadsAsBefore() {
        Violation v = new Violation("nameZh", "registry.error.tooLong", 200);
        assertThat(v.location()).isEqualTo(Location.field("nameZh"));
        assertThat(v.field()).isEqualTo("nameZh");
        assertThat(v.args()).containsExactly(200);
        assertThat(new Violation((String) null, "access.error.invalidInput").location())
                .isNull();
        assertThat(Violation.at(Location.element("x"), "k").field()).isNull();
        assertThat(Violation.at(Location.row(4, "level"), "k").field()).isEqualTo("level");
    }

    @Test
    void argumentsInAListStayTheArgumentsAndAreCopied() {
        List<String> args = new ArrayList<>(List.of("a", "b"));
        Violation v = new Violation("f", "k", args);
        args.add("c");
        assertThat(v.args()).containsExactly("a", "b");
        assertThat(new Violation(Location.element("e"), "k", List.of("a")))
                .isEqualTo(Violation.at(Location.element("e"), "k", "a"));
    }

    @Test
    void aRefusalMovesWithItsKeyAndArguments() {
        Violation v = new Violation("scopeCode", "access.error.unknownScope", "999");
        assertThat(v.relocated(Location.field("cityCode")))
                .isEqualTo(new Violation("cityCode", "access.error.unknownScope", "999"));
    }
}
