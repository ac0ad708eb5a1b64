package org.innocomplex.submission.api;

public enum ValueType { INTEGER, DECIMAL }
