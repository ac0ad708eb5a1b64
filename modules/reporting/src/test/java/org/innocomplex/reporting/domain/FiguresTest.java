package org.innocomplex.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Locale EN = Locale.ENGLISH;

    @Test
    void chineseMoneyIsYiYuanFromOneYiOnAndWanYuanBelow() {
        assertThat(Figures.money(new BigDecimal("75500"), ZH)).isEqualTo("7.55亿元");
        assertThat(Figures.money(new BigDecimal("7644100"), ZH)).isEqualTo("764.41亿元");
        assertThat(Figures.money(new BigDecimal("127350"), ZH)).isEqualTo("12.735亿元");
        assertThat(Figures.money(new BigDecimal("10000"), ZH)).isEqualTo("1亿元");
        assertThat(Figures.money(new BigDecimal("9999.5"), ZH)).isEqualTo("9999.5万元");
        assertThat(Figures.money(new BigDecimal("350.0000"), ZH)).isEqualTo("350万元");
        assertThat(Figures.money(null, ZH)).isEqualTo("0万元");
    }

    @Test
    void englishMoneyIsInYuanWithBillionAndMillion() {
        assertThat(Figures.money(new BigDecimal("75500"), EN)).isEqualTo("755 million yuan");
        assertThat(Figures.money(new BigDecimal("7644100"), EN)).isEqualTo("76.441 billion yuan");
        assertThat(Figures.money(new BigDecimal("127350"), EN)).isEqualTo("1.2735 billion yuan");
        assertThat(Figures.money(new BigDecimal("350"), EN)).isEqualTo("3.5 million yuan");
        assertThat(Figures.money(new BigDecimal("12.5"), EN)).isEqualTo("125,000 yuan");
        assertThat(Figures.money(new BigDecimal("123456789"), EN)).isEqualTo("1,234.5679 billion yuan");
    }

    @Test
    void countsAreGroupedInEnglishOnly() {
        assertThat(Figures.count(new BigDecimal("12557"), ZH)).isEqualTo("12557");
        assertThat(Figures.count(new BigDecimal("12557"), EN)).isEqualTo("12,557");
        assertThat(Figures.count(new BigDecimal("66.0000"), EN)).isEqualTo("66");
        assertThat(Figures.number(new BigDecimal("1234.50"), EN)).isEqualTo("1,234.5");
        assertThat(Figures.number(new BigDecimal("1234.50"), ZH)).isEqualTo("1234.5");
    }
}
