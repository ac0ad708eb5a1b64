/** How the pages answer a request they cannot serve: an expired or forged view state, a malformed parameter. */
package org.innocomplex.web.errors;
