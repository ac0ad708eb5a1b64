package org.innocomplex.web.it;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CredentialService;
import org.innocomplex.access.api.NewUser;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.SecondFactorEnrolment;
import org.innocomplex.access.api.SecurityPolicy;
import org.innocomplex.access.api.SecurityPolicyService;
import org.innocomplex.access.api.UserService;

/**
 * Test archive only, for the credential tests, through the product's own services:
 * <ul>
 *   <li>{@code POST /it-fixtures/credentials/user?role=&forced=&factor=}: a fresh user with {@link #PASSWORD}, made by
 *       user administration; {@code forced=true} makes it with the policy's change at first login on (and back as it
 *       was); {@code factor=true} enrols a second factor as the user's own page does. The body: the name, the
 *       secret and the recovery codes, one a line;</li>
 *   <li>{@code POST /it-fixtures/credentials/policy?roles=ADMIN,EXPERT|none&forced=}: sets the roles that must use a
 *       second factor (and the change at first login when given) as a security administrator does; the body is what
 *       they were before (for the test's {@code finally}).</li>
 * </ul>
 */
@WebServlet("/it-fixtures/credentials/*")
public class CredentialFixturesServlet extends HttpServlet {
    static final String PASSWORD = "Cred@Test-2026";
    static final Actor SECURITY = Fixtures.security();

    @Inject
    UserService users;

    @Inject
    CredentialService credentials;

    @Inject
    SecurityPolicyService policies;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/plain");
        switch (String.valueOf(req.getPathInfo())) {
            case "/user" -> user(req, resp);
            case "/policy" -> {
                SecurityPolicy before = policies.current();
                SecurityPolicy p = before.withSecondFactorRoles(roles(req.getParameter("roles")));
                if (req.getParameter("forced") != null) {
                    p = p.withChangeAtFirstLogin(Boolean.parseBoolean(req.getParameter("forced")));
                }
                policies.update(SECURITY, p);
                resp.getWriter().write(names(before.secondFactorRoles()) + "\n" + before.changeAtFirstLogin());
            }
            default -> resp.sendError(404);
        }
    }

    private void user(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Role role = Role.valueOf(req.getParameter("role") == null ? "EXPERT" : req.getParameter("role"));
        String name = "it-cred-" + Long.toString(System.nanoTime(), 36);
        boolean forced = Boolean.parseBoolean(req.getParameter("forced"));
        SecurityPolicy before = policies.current();
        Actor user;
        try {
            if (forced) {
                policies.update(SECURITY, before.withChangeAtFirstLogin(true));
            }
            user = users.create(
                    SECURITY, new NewUser(name, "IT credentials " + name, PASSWORD.toCharArray(), role, null, null));
        } finally {
            if (forced) {
                policies.update(SECURITY, before);
            }
        }
        StringBuilder body = new StringBuilder(name).append('\n');
        if (Boolean.parseBoolean(req.getParameter("factor"))) {
            SecondFactorEnrolment e = credentials.startEnrolment(user);
            List<String> codes = credentials.confirmEnrolment(user, e, code(e.secret(), 0));
            body.append(e.secret()).append('\n').append(String.join("\n", codes));
        }
        resp.getWriter().write(body.toString());
    }

    /** the code of a secret {@code offset} steps from now, as an authenticator app computes it */
    static String code(String secret, int offset) {
        try {
            return new DefaultCodeGenerator()
                    .generate(secret, Math.floorDiv(System.currentTimeMillis() / 1000, 30) + offset);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<Role> roles(String list) {
        if (list == null || list.isBlank() || list.equals("none")) {
            return Set.of();
        }
        return Arrays.stream(list.split(",")).map(Role::valueOf).collect(Collectors.toSet());
    }

    static String names(Set<Role> roles) {
        return roles.isEmpty()
                ? "none"
                : EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
    }
}
