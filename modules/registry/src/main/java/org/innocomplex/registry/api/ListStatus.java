package org.innocomplex.registry.api;

/** Where a complex stands in its build period: 培育 cultivation, 创建 creation, 认定 recognised. */
public enum ListStatus {
    CULTIVATION,
    CREATION,
    RECOGNISED
}
