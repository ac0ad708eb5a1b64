package org.innocomplex.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    /** few iterations: the format and the checks are the same, only the work factor differs */
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void hashHasTheDocumentedFormatAndIterationCount() {
        String stored = hasher.hash("Demo@2026".toCharArray());

        assertThat(stored).matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(PasswordHasher.iterationsOf(stored)).isEqualTo(1_000);
    }

    @Test
    void theRightPasswordVerifies() {
        String stored = hasher.hash("Demo@2026".toCharArray());

        assertThat(hasher.verify("Demo@2026".toCharArray(), stored)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        String stored = hasher.hash("Demo@2026".toCharArray());

        assertThat(hasher.verify("Demo@2025".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("demo@2026".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("Demo@20261".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify(new char[0], stored)).isFalse();
        assertThat(hasher.verify(null, stored)).isFalse();
    }

    @Test
    void aHashIsSaltedSoTheSamePasswordHashesDifferentlyEachTime() {
        String first = hasher.hash("same password".toCharArray());
        String second = hasher.hash("same password".toCharArray());

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[2]).as("salt").isNotEqualTo(second.split("\\$")[2]);
        assertThat(hasher.verify("same password".toCharArray(), first)).isTrue();
        assertThat(hasher.verify("same password".toCharArray(), second)).isTrue();
    }

    @Test
    void verifyUsesTheIterationCountStoredWithTheHash() {
        String madeWithFewer = new PasswordHasher(10).hash("secret-pw".toCharArray());

        // a hasher configured otherwise still verifies it: raising the count later locks nobody out
        assertThat(hasher.verify("secret-pw".toCharArray(), madeWithFewer)).isTrue();
        assertThat(PasswordHasher.iterationsOf(madeWithFewer)).isEqualTo(10);
    }

    @Test
    void aTamperedIterationCountNoLongerVerifies() {
        String stored = hasher.hash("secret-pw".toCharArray());
        String tampered = stored.replaceFirst("\\$1000\\$", "\\$1001\\$");

        assertThat(hasher.verify("secret-pw".toCharArray(), tampered)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "plain-text-password",
                "pbkdf2-sha256",
                "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA",
                "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA$extra",
                "pbkdf2-sha1$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "PBKDF2-SHA256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha256$many$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha256$$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha256$99999999999$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha256$-5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha256$1000$$aGFzaA",
                "pbkdf2-sha256$1000$not*base64!$aGFzaA",
                "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$not*base64!",
                "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"
            })
    void aMalformedStoredStringNeverVerifiesAndNeverThrows(String stored) {
        assertThat(hasher.verify("secret-pw".toCharArray(), stored)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "plain",
                "pbkdf2-sha256$many$c2FsdA$aGFzaA",
                "pbkdf2-sha1$1000$c2FsdA$aGFzaA",
                "pbkdf2-sha256$1000$c2FsdA"
            })
    void iterationsOfSaysMinusOneForWhatIsNotOurs(String stored) {
        assertThat(PasswordHasher.iterationsOf(stored)).isEqualTo(-1);
    }

    @Test
    void anEmptyOrMissingPasswordIsRefused() {
        assertThatThrownBy(() -> hasher.hash(new char[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hasher.hash(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void productionHasherUsesAtLeastTheOwaspIterationFloor() {
        PasswordHasher production = new PasswordHasher();

        String stored = production.hash("Demo@2026".toCharArray());

        assertThat(PasswordHasher.iterationsOf(stored)).isGreaterThanOrEqualTo(600_000);
        assertThat(production.verify("Demo@2026".toCharArray(), stored)).isTrue();
    }
}
