/**
 * The WAR's own code: start-up, security configuration, and the thin backing beans of the views, one package per
 * module whose {@code api} they call ({@code appraisal/inbox.xhtml} ↔ {@code web.appraisal.InboxView} ↔
 * {@code appraisal.inbox.*}).
 */
package org.innocomplex.web;
