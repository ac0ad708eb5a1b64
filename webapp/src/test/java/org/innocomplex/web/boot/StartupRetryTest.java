package org.innocomplex.web.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StartupRetryTest {

    @Test
    void theWaitStartsAtTwoSecondsDoublesAndStopsAtAMinute() {
        assertThat(StartupRetry.delayAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(StartupRetry.delayAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(StartupRetry.delayAfter(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(StartupRetry.delayAfter(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(StartupRetry.delayAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(StartupRetry.delayAfter(1000)).isEqualTo(Duration.ofSeconds(60));
        assertThat(StartupRetry.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(60));
        assertThatThrownBy(() -> StartupRetry.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePublicReasonNamesStepKindAndSqlStateButNoMessage() {
        var e = new IllegalStateException(
                "deploy failed\nfor jdbc:postgresql://db:5432/x?password=secret",
                new RuntimeException("wrapped", new SQLException("duplicate key act_uniq_procdef\r\nx", "23505")));
        String reason = StartupRetry.publicReason("workflow deployment", e);
        assertThat(reason).isEqualTo("workflow deployment failed: SQLException (SQLState 23505)");
        assertThat(reason).doesNotContain("secret", "\n", "\r", "act_uniq");
    }

    @Test
    void aCauseLoopOrAnAnonymousClassStillGivesOneLine() {
        Exception anonymous = new RuntimeException() {};
        assertThat(StartupRetry.publicReason("schema", anonymous)).isEqualTo("schema failed: error");
    }
}
