/** What the webapp (and later the REST API) may use of reporting: the dashboard, summary and export services. */
package org.innocomplex.reporting.api;
