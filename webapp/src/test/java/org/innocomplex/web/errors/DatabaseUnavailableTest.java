package org.innocomplex.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.innocomplex.web.api.ApiTexts;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {
    @Test
    void aConnectionFailureAnywhereInTheCausesIsAnOutage() {
        // PostgreSQL's "Connection refused" (08001) under EclipseLink's and JTA's wrappers
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertThat(DatabaseUnavailable.is(new RuntimeException("EJB", new PersistenceException("query", refused))))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new SQLException("This connection has been closed.", "08003")))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new SQLTransientConnectionException("lost", "08006")))
                .isTrue();
        assertThat(DatabaseUnavailable.is(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("I/O error", "08006"));
        assertThat(DatabaseUnavailable.is(batch))
                .as("the state of a next exception")
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAndDefectsAreNot() {
        assertThat(DatabaseUnavailable.is(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseUnavailable.is(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("defect"))).isFalse();
        assertThat(DatabaseUnavailable.is(null)).isFalse();
        RuntimeException loop = new RuntimeException("self");
        RuntimeException other = new RuntimeException("other", loop);
        loop.initCause(other);
        assertThat(DatabaseUnavailable.is(loop)).as("a cycle of causes ends").isFalse();
    }

    @Test
    void thePageIsTranslatedAndCarriesNothingTheCallerSent() {
        String zh = DatabaseUnavailable.page(ApiTexts.of(Locale.SIMPLIFIED_CHINESE), "/appraisal/inbox.xhtml");
        assertThat(zh)
                .contains("lang=\"zh-CN\"")
                .contains("系统暂时无法使用")
                .contains("数据库暂时无法访问")
                .contains("href=\"/appraisal/inbox.xhtml\"");
        String en = DatabaseUnavailable.page(ApiTexts.of(Locale.ENGLISH), "/");
        assertThat(en)
                .contains("lang=\"en\"")
                .contains("Temporarily unavailable")
                .contains("Try again");
        assertThat(DatabaseUnavailable.html("<a href=\"x\">&")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&amp;");
    }

    @Test
    void theProblemIs503WithTheTranslatedDetail() {
        var p = DatabaseUnavailable.problem(ApiTexts.of(Locale.ENGLISH), "/api/v1/tasks");
        assertThat(p.status()).isEqualTo(503);
        var json = p.toJson(ApiTexts.of(Locale.ENGLISH));
        assertThat(json.getString("code")).isEqualTo("error.unavailable");
        assertThat(json.getString("title")).isEqualTo("Temporarily unavailable");
        assertThat(json.getString("detail")).startsWith("The database cannot be reached");
    }
}
