/** What other modules may use of access: the acting user, user administration, the audit trail. */
package org.innocomplex.access.api;
