/** The officials' and operators' use cases as one service, with records in and out. */
package org.innocomplex.appraisal.api;
