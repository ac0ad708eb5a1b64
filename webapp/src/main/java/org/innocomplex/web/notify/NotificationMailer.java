package org.innocomplex.web.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innocomplex.access.api.UserService;
import org.innocomplex.appraisal.api.NotificationsWritten;

/**
 * Mails each notification to those of its recipients who have an address, when an SMTP host is configured. Only
 * after the commit: a step that rolls back mails nothing, and a mail server that fails costs a log line, never
 * the step.
 */
@ApplicationScoped
public class NotificationMailer {
    private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());
    static final String BUNDLE = "org.innocomplex.web.messages";

    @Inject
    MailSettings settings;

    @Inject
    UserService users;

    public void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsWritten written) {
        if (!settings.enabled()) {
            return;
        }
        try {
            Map<String, String> to = users.emails(written.recipients());
            if (to.isEmpty()) {
                return;
            }
            NotificationMail mail = NotificationMail.compose(
                    written,
                    ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE),
                    ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH),
                    settings.baseUrl());
            Session session = session();
            for (var e : to.entrySet()) {
                try {
                    Transport.send(message(session, e.getValue(), mail));
                } catch (MessagingException | RuntimeException ex) {
                    LOG.log(Level.WARNING, ex, () -> "notification mail to " + e.getKey() + " failed");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "notification mail " + written.messageKey() + " not sent");
        }
    }

    private Session session() {
        return settings.user().isPresent()
                ? Session.getInstance(settings.properties(), new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(
                                settings.user().orElseThrow(),
                                settings.password().orElse(""));
                    }
                })
                : Session.getInstance(settings.properties());
    }

    MimeMessage message(Session session, String address, NotificationMail mail) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(settings.from()));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
        m.setSubject(mail.subject(), "UTF-8");
        m.setText(mail.body(), "UTF-8");
        m.setSentDate(new Date());
        return m;
    }
}
