/** Appraisal cycles, the indicator catalogue, annual reports and their validation. Others use only {@code api}. */
package org.innocomplex.submission;
