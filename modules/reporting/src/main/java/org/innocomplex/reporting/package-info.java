/**
 * The read side: the city's and counties' dashboards, the annual city summary and the exports (Excel, PDF). Reads
 * the other modules' tables through views it owns ({@code rpt_*}) and their {@code api}s; writes nothing.
 */
package org.innocomplex.reporting;
