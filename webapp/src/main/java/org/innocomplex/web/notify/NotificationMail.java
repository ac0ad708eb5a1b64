package org.innocomplex.web.notify;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.innocomplex.appraisal.api.NotificationsWritten;

/**
 * The mail for a notification. The reader's language is not known, so it is written in Chinese with the English
 * below, and links to the task (or the report) when the application's address is configured.
 */
public record NotificationMail(String subject, String body) {

    public static NotificationMail compose(
            NotificationsWritten n, ResourceBundle zh, ResourceBundle en, Optional<String> baseUrl) {
        String textZh = NotificationText.format(zh, Locale.SIMPLIFIED_CHINESE, n.messageKey(), n.args());
        String textEn = NotificationText.format(en, Locale.ENGLISH, n.messageKey(), n.args());
        String subject = "[" + zh.getString("app.name") + "] " + firstLine(textZh);
        StringBuilder body =
                new StringBuilder(textZh).append("\n\n").append(textEn).append('\n');
        baseUrl.flatMap(base -> link(base, n))
                .ifPresent(link -> body.append('\n').append(link).append('\n'));
        body.append("\n-- \n")
                .append(zh.getString("appraisal.notify.mail.footer"))
                .append('\n')
                .append(en.getString("appraisal.notify.mail.footer"))
                .append('\n');
        return new NotificationMail(subject, body.toString());
    }

    static Optional<String> link(String base, NotificationsWritten n) {
        if (n.taskId() != null) {
            return Optional.of(base + "/appraisal/task.xhtml?id=" + n.taskId());
        }
        if (n.reportId() != null) {
            return Optional.of(base + "/appraisal/record.xhtml?id=" + n.reportId());
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }
}
