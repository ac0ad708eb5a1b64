package org.innocomplex.web.access;

import org.innocomplex.access.api.Role;

/**
 * Where each role starts, after the login and from the header's brand: the programme's users at their inbox, the
 * security administrator at the accounts, the auditor at the audit. The separated duties have no inbox (web.xml keeps
 * them out of the programme's pages).
 */
public final class Landing {

    private Landing() {}

    /** The path (from the context root) of the role's first page. */
    public static String of(Role role) {
        if (role == null || role.inProgramme()) {
            return "/appraisal/inbox.xhtml";
        }
        return switch (role) {
            case SECURITY_ADMIN -> "/access/users.xhtml";
            default -> "/account/tokens.xhtml";
        };
    }
}
