package org.innocomplex.web.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where notifications are mailed from; mail is off unless {@code innocomplex.mail.smtp.host} is set. */
@ApplicationScoped
public class MailSettings {
    @Inject
    @ConfigProperty(name = "innocomplex.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "innocomplex.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "innocomplex.mail.from", defaultValue = "noreply@innocomplex.local")
    String from;

    @Inject
    @ConfigProperty(name = "innocomplex.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "innocomplex.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "innocomplex.mail.starttls", defaultValue = "false")
    boolean starttls;
    /** The address users reach the application at, for links in mails; without it mails carry no link. */
    @Inject
    @ConfigProperty(name = "innocomplex.public-url")
    Optional<String> baseUrl;

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    public Optional<String> baseUrl() {
        return baseUrl.filter(u -> !u.isBlank()).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }

    /** Session properties; short timeouts, because mail is sent on the thread that committed the step. */
    public Properties properties() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host.orElse(""));
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.auth", String.valueOf(user().isPresent()));
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "5000");
        p.put("mail.smtp.writetimeout", "5000");
        return p;
    }
}
