/** Cycles, catalogue and reports as records, and the service that changes them. */
package org.innocomplex.submission.api;
