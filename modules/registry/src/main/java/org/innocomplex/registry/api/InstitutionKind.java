package org.innocomplex.registry.api;

/** The services a complex gathers for its cluster's enterprises, one kind per institution. */
public enum InstitutionKind {
    /** 研发 */
    R_AND_D,
    /** 检验检测 */
    TESTING,
    /** 标准 */
    STANDARDS,
    /** 知识产权 */
    IP,
    /** 技术转移 */
    TECH_TRANSFER,
    /** 孵化 */
    INCUBATION,
    /** 人才培训 */
    TALENT_TRAINING,
    /** 科技金融 */
    FINANCE
}
