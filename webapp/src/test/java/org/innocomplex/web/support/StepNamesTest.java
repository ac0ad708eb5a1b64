package org.innocomplex.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.innocomplex.workflow.api.StepName;
import org.junit.jupiter.api.Test;

class StepNamesTest {

    static final StepName PROVINCIAL = new StepName("省级审核", "Provincial review");

    @Test
    void anEnglishReaderGetsTheProcesssEnglishName() {
        assertEquals("Provincial review", StepNames.label(PROVINCIAL, "省级审核", "provincialReview", true));
        assertEquals("Provincial review", StepNames.label(PROVINCIAL, null, "provincialReview", true));
    }

    @Test
    void aChineseReaderGetsTheNameTheTaskWasCreatedWithElseTheProcesssName() {
        assertEquals("省级审核（旧）", StepNames.label(PROVINCIAL, "省级审核（旧）", "provincialReview", false));
        // screens that only know the key (the operator's list, the history) pass it as the name
        assertEquals("省级审核", StepNames.label(PROVINCIAL, "provincialReview", "provincialReview", false));
    }

    @Test
    void withoutAnEnglishNameTheChineseOneAndWithoutAnyTheKey() {
        assertEquals("省级审核", StepNames.label(new StepName("省级审核", null), null, "provincialReview", true));
        assertEquals("provincialReview", StepNames.label(null, null, "provincialReview", true));
        assertEquals("provincialReview", StepNames.label(new StepName(" ", null), "", "provincialReview", false));
        assertEquals("", StepNames.label(null, null, null, false));
    }
}
