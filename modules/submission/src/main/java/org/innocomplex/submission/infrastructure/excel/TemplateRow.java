package org.innocomplex.submission.infrastructure.excel;

import org.innocomplex.submission.api.ReportData;

/** A report as a row of the template or the list: the report and how the reader names its complex and county. */
public record TemplateRow(ReportData report, String complexName, String countyName) {}
