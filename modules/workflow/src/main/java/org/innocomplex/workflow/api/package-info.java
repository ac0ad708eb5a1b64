/** Starting processes, finding and completing tasks, reading their history; Flowable types never leave. */
package org.innocomplex.workflow.api;
