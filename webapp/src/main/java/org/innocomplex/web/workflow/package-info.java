/** The administrators' workflow screens: process versions, the BPMN modeler, the visual diff and migration. */
package org.innocomplex.web.workflow;
