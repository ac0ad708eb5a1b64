/** Users, roles, county scopes, login and the audit trail. Other modules use only {@code api}. */
package org.innocomplex.access;
