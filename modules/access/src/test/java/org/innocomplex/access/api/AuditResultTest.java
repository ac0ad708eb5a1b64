package org.innocomplex.access.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditResultTest {

    @Test
    void theResultOfAnEntryWrittenWithoutOneFollowsItsAction() {
        assertThat(AuditTrail.Result.of("LOGIN_FAILED")).isEqualTo(AuditTrail.Result.FAILED);
        assertThat(AuditTrail.Result.of("WORKFLOW_DEPLOY_FAILED")).isEqualTo(AuditTrail.Result.FAILED);
        assertThat(AuditTrail.Result.of("LOGIN_REFUSED")).isEqualTo(AuditTrail.Result.REFUSED);
        assertThat(AuditTrail.Result.of("API_TOKEN_REFUSED")).isEqualTo(AuditTrail.Result.REFUSED);
        assertThat(AuditTrail.Result.of("COMPLEX_CREATED")).isEqualTo(AuditTrail.Result.OK);
        assertThat(AuditTrail.Result.of(null)).isEqualTo(AuditTrail.Result.OK);
    }

    @Test
    void aStoredResultNobodyWroteReadsAsNone() {
        assertThat(AuditTrail.Result.parse("REFUSED")).isEqualTo(AuditTrail.Result.REFUSED);
        assertThat(AuditTrail.Result.parse("ok")).isNull();
        assertThat(AuditTrail.Result.parse(null)).isNull();
    }
}
