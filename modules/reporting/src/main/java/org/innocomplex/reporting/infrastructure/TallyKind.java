package org.innocomplex.reporting.infrastructure;

/**
 * What a row of {@code rpt_tally} counts; the column {@code kind} holds its one-letter {@link #code}, and
 * {@code code} what is counted under it ({@link #subject}).
 */
enum TallyKind {
    /** one per report that counts; its subject is always {@link #ONE_REPORT} */
    REPORTS("R"),
    /** each numeric value of a report, under its indicator's code: {@code total} is the sum, {@code n} how many */
    VALUES("V"),
    /** the decided grade of a report, under the grade's name */
    GRADES("G"),
    /** the same grade again once the cycle's results are published */
    PUBLISHED_GRADES("P");

    /** the subject of a {@link #REPORTS} row: reports are counted, not anything in them */
    static final String ONE_REPORT = "#";

    /** what the column {@code kind} holds */
    final String code;

    TallyKind(String code) {
        this.code = code;
    }

    /** the code as an SQL literal, for a condition or a select list written into the statement */
    String literal() {
        return "'" + code + "'";
    }

    /** {@code f.kind = 'R'} for a tally row aliased {@code f} */
    String is(String alias) {
        return alias + ".kind = " + literal();
    }
}
