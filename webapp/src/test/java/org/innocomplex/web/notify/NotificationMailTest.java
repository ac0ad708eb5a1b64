package org.innocomplex.web.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import org.innocomplex.appraisal.api.NotificationData;
import org.innocomplex.appraisal.api.NotificationsWritten;
import org.junit.jupiter.api.Test;

class NotificationMailTest {
    static final ResourceBundle ZH = ResourceBundle.getBundle(NotificationMailer.BUNDLE, Locale.SIMPLIFIED_CHINESE);
    static final ResourceBundle EN = ResourceBundle.getBundle(NotificationMailer.BUNDLE, Locale.ENGLISH);

    static NotificationsWritten reminder() {
        return new NotificationsWritten(
                List.of("county-jinyun"),
                "REMIND",
                "appraisal.notify.remind",
                List.of(
                        NotificationData.bilingual("缙云锯床综合体", "Jinyun Sawing Machine Complex"),
                        "#workflow.step.countyReview",
                        "2026-03-31"),
                7L,
                "task-42");
    }

    @Test
    void chineseThenEnglishWithTheTaskLink() {
        NotificationMail mail = NotificationMail.compose(
                reminder(), ZH, EN, Optional.of("https://ic.lishui.example/innocomplex/".replaceAll("/$", "")));
        assertThat(mail.subject()).isEqualTo("[产业创新服务综合体管理系统] 提醒：缙云锯床综合体的“县级审核”将于 2026-03-31 到期，请及时办理。");
        assertThat(mail.body())
                .startsWith(
                        "提醒：缙云锯床综合体的“县级审核”将于 2026-03-31 到期，请及时办理。\n\n"
                                + "Reminder: \"County review\" for Jinyun Sawing Machine Complex is due on 2026-03-31; please complete it in time.\n");
        assertThat(mail.body()).contains("\nhttps://ic.lishui.example/innocomplex/appraisal/task.xhtml?id=task-42\n");
        assertThat(mail.body()).contains("请勿回复").contains("do not reply");
    }

    @Test
    void withoutBaseUrlNoLinkAndWithoutTaskTheRecord() {
        assertThat(NotificationMail.compose(reminder(), ZH, EN, Optional.empty())
                        .body())
                .doesNotContain("http");
        NotificationsWritten escalation = new NotificationsWritten(
                List.of("municipal"),
                "ESCALATE",
                "appraisal.notify.escalate",
                reminder().args(),
                7L,
                null);
        assertThat(NotificationMail.link("https://x.example", escalation))
                .contains("https://x.example/appraisal/record.xhtml?id=7");
    }

    @Test
    void aRealMimeMessageInUtf8() throws Exception {
        NotificationMailer mailer = new NotificationMailer();
        mailer.settings = new MailSettings();
        mailer.settings.from = "noreply@ic.example";
        NotificationMail mail = NotificationMail.compose(reminder(), ZH, EN, Optional.empty());
        MimeMessage m = mailer.message(Session.getInstance(new Properties()), "li@lishui.example", mail);
        m.saveChanges();
        assertThat(m.getRecipients(Message.RecipientType.TO)).containsExactly(new InternetAddress("li@lishui.example"));
        assertThat(m.getFrom()).containsExactly(new InternetAddress("noreply@ic.example"));
        assertThat(m.getSubject()).isEqualTo(mail.subject());
        assertThat((String) m.getContent()).isEqualTo(mail.body());
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        m.writeTo(raw);
        String wire = raw.toString(StandardCharsets.US_ASCII);
        assertThat(wire).contains("charset=UTF-8").contains("Subject: =?UTF-8?");
    }
}
