package org.innocomplex.web.support;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, which failed logins are counted by and the audit trail names. Behind a load
 * balancer every request comes from the balancer: its address (and only a listed one) is trusted to say whom it
 * forwards for in {@code X-Forwarded-For}, read from the right, skipping the trusted proxies themselves. Without
 * {@code innocomplex.trusted-proxies} the header is ignored, since anyone can send it.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "innocomplex.trusted-proxies")
    Optional<String> configured;

    private Set<String> trusted;

    @PostConstruct
    void init() {
        trusted = parse(configured.orElse(null));
    }

    static Set<String> parse(String list) {
        return list == null
                ? Set.of()
                : Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
    }

    static String of(String remote, String forwardedFor, Set<String> trusted) {
        if (remote == null || !trusted.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!looksLikeAddress(hop)) {
                // a hop the proxies did not write: what is left of it is the client's to forge
                return remote;
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
        }
        return Optional.of(hops[0].strip())
                .filter(ClientAddresses::looksLikeAddress)
                .orElse(remote);
    }

    /** IPv4 or IPv6 characters only, as a proxy writes them; never a line break or a name */
    static boolean looksLikeAddress(String s) {
        if (s.isEmpty() || s.length() > 45) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '.' || c == ':')) {
                return false;
            }
        }
        return true;
    }
}
