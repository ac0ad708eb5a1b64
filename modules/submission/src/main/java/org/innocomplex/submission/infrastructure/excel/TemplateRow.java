package org.innocomplex.submission.infrastructure.excel;

import org.innocomplex.submission.api.ReportView;

/** A report as a row of the template or the list: the report and how the reader names its complex and county. */
public record TemplateRow(ReportView report, String complexName, String countyName) {
}
