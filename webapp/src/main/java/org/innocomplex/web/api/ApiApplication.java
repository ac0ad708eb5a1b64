package org.innocomplex.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API's root. Version 1 lives under {@code /api/v1} so that an incompatible change can come as {@code /api/v2}
 * beside it. The OpenAPI document is Payara's {@code /openapi}; {@code /api.xhtml} renders it for people.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "InnoComplex API",
                        version = "1",
                        description =
                                "Registry, appraisal cycles, annual reports and the appraisal's tasks of the InnoComplex "
                                        + "system. Every call authenticates with a personal API token of a user of the system "
                                        + "(`Authorization: Bearer ic_…`; a user creates theirs on the page 我的接口令牌 / My API "
                                        + "tokens, sees it once, and may revoke it) and may do exactly what that user may do on the "
                                        + "screens. HTTP Basic is not accepted. No cookie or session opens the API; a request with a "
                                        + "body must be `application/json` (imports: the file's own type), and a request whose "
                                        + "`Origin` is another site's is refused (403). Errors are RFC 9457 problem details "
                                        + "(application/problem+json) whose `code` is stable."),
        security = @SecurityRequirement(name = "bearer"),
        tags = {
            @Tag(name = "registry", description = "Counties, complexes, service institutions, experts (read)"),
            @Tag(name = "cycles", description = "Appraisal cycles and their indicator catalogues"),
            @Tag(name = "reports", description = "Annual reports: read, draft, submit"),
            @Tag(name = "tasks", description = "The caller's appraisal tasks: list, open, complete"),
            @Tag(name = "imports", description = "Importing the registry and past years' reports (administrators)")
        })
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "ic_ and 43 characters: a personal API token",
        description = "A personal API token (ic_…), made on the page 我的接口令牌 / My API tokens; HTTP Basic is refused")
public class ApiApplication extends Application {

    /**
     * No WADL: Jersey would otherwise describe every resource at {@code application.wadl} and in every OPTIONS answer,
     * naming its own version; the API's description is the OpenAPI document.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
