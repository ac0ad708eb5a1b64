package org.innocomplex.appraisal.api;

public enum AppraisalStatus { RUNNING, PUBLISHED }
