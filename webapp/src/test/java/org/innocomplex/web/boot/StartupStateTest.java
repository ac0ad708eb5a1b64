package org.innocomplex.web.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StartupStateTest {

    @Test
    void aFailedStartUpShowsItsKindAndSqlStateButNotItsMessage() {
        StartupState state = new StartupState();
        assertThat(state.publicFailure()).isNull();
        state.markFailed(new IllegalStateException(
                "migration failed",
                new SQLException("FATAL: password authentication failed for user \"innocomplex\"\nat db1", "28P01")));
        assertThat(state.publicFailure()).isEqualTo("start-up failed: SQLException (SQLState 28P01)");
        assertThat(state.failure()).as("the log keeps the whole text").contains("migration failed");
        assertThat(state.started()).isFalse();
    }
}
