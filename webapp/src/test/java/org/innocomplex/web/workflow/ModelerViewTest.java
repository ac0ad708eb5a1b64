package org.innocomplex.web.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.innocomplex.workflow.api.ProcessDraft;
import org.innocomplex.workflow.api.ProcessVersion;
import org.junit.jupiter.api.Test;

class ModelerViewTest {
    static final LocalDateTime DEPLOYED = LocalDateTime.of(2026, 11, 20, 8, 0);

    static ProcessVersion version() {
        return new ProcessVersion(
                "annual-appraisal:3:7", "annual-appraisal", 3, "年度绩效评价", "7", DEPLOYED, "admin", false, 2, 5);
    }

    static ProcessDraft draft(LocalDateTime savedAt) {
        return new ProcessDraft(50, "annual-appraisal", "<definitions/>", "admin", savedAt);
    }

    @Test
    void aDraftSavedAfterTheLatestDeployIsWorkInProgressAndOpens() {
        assertThat(ModelerView.opensDraft(draft(DEPLOYED.plusMinutes(5)), version(), false))
                .isTrue();
    }

    @Test
    void aDraftOlderThanTheLatestVersionDoesNotHideThatVersion() {
        assertThat(ModelerView.opensDraft(draft(DEPLOYED.minusDays(1)), version(), false))
                .isFalse();
    }

    @Test
    void theAdministratorMayAskForTheVersionOverANewerDraft() {
        assertThat(ModelerView.opensDraft(draft(DEPLOYED.plusMinutes(5)), version(), true))
                .isFalse();
    }

    @Test
    void aDraftOfAProcessNeverDeployedOpensEvenWhenTheVersionIsAsked() {
        assertThat(ModelerView.opensDraft(draft(DEPLOYED), null, true)).isTrue();
        assertThat(ModelerView.opensDraft(null, version(), false)).isFalse();
    }
}
