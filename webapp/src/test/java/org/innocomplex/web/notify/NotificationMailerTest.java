package org.innocomplex.web.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.innocomplex.access.api.UserService;
import org.innocomplex.appraisal.api.NotificationsWritten;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mailer against a real SMTP server (GreenMail): who gets what, and that a dead server costs nothing. */
class NotificationMailerTest {
    GreenMail smtp;
    int port;

    @BeforeEach
    void start() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    static UserService emails(Map<String, String> byUser) {
        return (UserService) Proxy.newProxyInstance(
                UserService.class.getClassLoader(), new Class<?>[] {UserService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("emails")) {
                        Collection<?> names = (Collection<?>) args[0];
                        return byUser.entrySet().stream()
                                .filter(e -> names.contains(e.getKey()))
                                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    NotificationMailer mailer(Optional<String> host, int port) {
        NotificationMailer m = new NotificationMailer();
        m.settings = new MailSettings();
        m.settings.host = host;
        m.settings.port = port;
        m.settings.from = "noreply@ic.example";
        m.settings.user = Optional.empty();
        m.settings.password = Optional.empty();
        m.settings.baseUrl = Optional.of("https://ic.example/innocomplex");
        m.users = emails(Map.of("county-jinyun", "jinyun@ic.example"));
        return m;
    }

    @Test
    void mailsThoseWithAnAddressOnly() throws Exception {
        mailer(Optional.of("127.0.0.1"), port).onWritten(NotificationMailTest.reminder());
        var withoutAddress = new NotificationsWritten(
                java.util.List.of("op-jinyun"),
                "RETURNED",
                "appraisal.notify.returned",
                java.util.List.of("甲", "#workflow.step.countyReview", "补充材料"),
                7L,
                "t1");
        mailer(Optional.of("127.0.0.1"), port).onWritten(withoutAddress);

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("jinyun@ic.example");
        assertThat(received[0].getSubject()).startsWith("[产业创新服务综合体管理系统] 提醒：缙云锯床综合体");
        assertThat((String) received[0].getContent())
                .contains("County review")
                .contains("https://ic.example/innocomplex/appraisal/task.xhtml?id=task-42");
    }

    @Test
    void withoutHostNothingIsSentAndADeadServerIsOnlyLogged() throws Exception {
        mailer(Optional.empty(), port).onWritten(NotificationMailTest.reminder());
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        mailer(Optional.of("127.0.0.1"), closed).onWritten(NotificationMailTest.reminder());
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
