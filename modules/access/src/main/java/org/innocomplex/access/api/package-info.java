/**
 * What other modules may use of access: the acting user, user administration, the audit trail, and the refusals
 * every module raises ({@link org.innocomplex.access.api.DomainException} and its kinds).
 */
package org.innocomplex.access.api;
