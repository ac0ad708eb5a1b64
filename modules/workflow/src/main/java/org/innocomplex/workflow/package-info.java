/**
 * The Flowable engine inside the container's JTA transactions, the deployment of the bundled BPMN, and the generic
 * task queries and completion that every step type shares. Knows nothing of reports or appraisals.
 */
package org.innocomplex.workflow;
