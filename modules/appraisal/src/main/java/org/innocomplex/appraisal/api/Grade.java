package org.innocomplex.appraisal.api;

/** 优秀, 良好, 合格, 不合格. A complex rated PASS or better keeps its funding. */
public enum Grade {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL
}
