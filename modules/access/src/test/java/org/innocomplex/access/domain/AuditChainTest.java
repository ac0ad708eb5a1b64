package org.innocomplex.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    /** a trail as the head builds it: ids from 1, each chained to the one before; the head's last id and hash */
    static final class Trail {
        final List<AuditChain.Link> rows = new ArrayList<>();
        long headId;
        String headHash = AuditChain.GENESIS;

        void append(String actor, String action, String detail) {
            long id = headId + 1;
            AuditChain.Link e = AuditChain.chained(
                    headHash,
                    new AuditChain.Link(
                            id,
                            LocalDateTime.of(2026, 12, 4, 10, 0).plusSeconds(id),
                            actor,
                            "10.0.0." + id,
                            action,
                            "user",
                            "u" + id,
                            "OK",
                            detail,
                            null,
                            null));
            rows.add(e);
            headId = id;
            headHash = e.entryHash();
        }

        AuditChain.Verdict verify() {
            AuditChain.Verifier v = new AuditChain.Verifier();
            rows.forEach(v::accept);
            return v.verdict(headId, headHash);
        }

        void replace(int index, AuditChain.Link changed) {
            rows.set(index, changed);
        }
    }

    private static Trail trail(int n) {
        Trail t = new Trail();
        for (int i = 0; i < n; i++) {
            t.append("admin", "USER_CREATED", "line " + i);
        }
        return t;
    }

    private static AuditChain.Link withDetail(AuditChain.Link e, String detail) {
        return new AuditChain.Link(
                e.id(),
                e.atUtc(),
                e.actor(),
                e.source(),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.result(),
                detail,
                e.prevHash(),
                e.entryHash());
    }

    @Test
    void anAppendedTrailIsIntact() {
        assertThat(trail(5).verify()).isEqualTo(new AuditChain.Verdict(true, 5, null));
        assertThat(trail(0).verify()).isEqualTo(new AuditChain.Verdict(true, 0, null));
    }

    @Test
    void eachHashDependsOnThePreviousOne() {
        Trail t = trail(3);
        assertThat(t.rows.get(0).prevHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(t.rows.get(1).prevHash()).isEqualTo(t.rows.get(0).entryHash());
        assertThat(t.rows.get(0).entryHash()).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void aChangedFieldNamesItsEntry() {
        Trail t = trail(5);
        t.replace(2, withDetail(t.rows.get(2), "line 2 (changed)"));
        assertThat(t.verify()).isEqualTo(new AuditChain.Verdict(false, 5, 3L));
    }

    @Test
    void aChangedFieldWithItsHashRecomputedBreaksTheNextLink() {
        Trail t = trail(5);
        AuditChain.Link changed = withDetail(t.rows.get(2), "forged");
        t.replace(2, AuditChain.chained(changed.prevHash(), changed));
        assertThat(t.verify().firstBroken()).isEqualTo(4L);
    }

    @Test
    void everyFieldIsCovered() {
        Trail t = trail(1);
        AuditChain.Link e = t.rows.get(0);
        List<AuditChain.Link> changed = List.of(
                new AuditChain.Link(
                        e.id(),
                        e.atUtc().plusNanos(1000),
                        e.actor(),
                        e.source(),
                        e.action(),
                        e.objectType(),
                        e.objectId(),
                        e.result(),
                        e.detail(),
                        e.prevHash(),
                        e.entryHash()),
                new AuditChain.Link(
                        e.id(),
                        e.atUtc(),
                        "root",
                        e.source(),
                        e.action(),
                        e.objectType(),
                        e.objectId(),
                        e.result(),
                        e.detail(),
                        e.prevHash(),
                        e.entryHash()),
                new AuditChain.Link(
                        e.id(),
                        e.atUtc(),
                        e.actor(),
                        "10.9.9.9",
                        e.action(),
                        e.objectType(),
                        e.objectId(),
                        e.result(),
                        e.detail(),
                        e.prevHash(),
                        e.entryHash()),
                new AuditChain.Link(
                        e.id(),
                        e.atUtc(),
                        e.actor(),
                        e.source(),
                        "X",
                        e.objectType(),
                        e.objectId(),
                        e.result(),
                        e.detail(),
                        e.prevHash(),
                        e.entryHash()),
                new AuditChain.Link(
                        e.id(),
                        e.atUtc(),
                        e.actor(),
                        e.source(),
                        e.action(),
                        "X",
                        e.objectId(),
                        e.result(),
                        e.detail(),
                        e.prevHash(),
                        e.entryHash()),
                new AuditChain.Link(
                        e.id(),
                        e.atUtc(),
                        e.actor(),
                        e.source(),
                        e.action(),
                        e.objectType(),
                        "X",
                        e.result(),
                        e.detail(),
                        e.prevHash(),
                        e.entryHash()),
                new AuditChain.Link(
                        e.id(),
                        e.atUtc(),
                        e.actor(),
                        e.source(),
                        e.action(),
                        e.objectType(),
                        e.objectId(),
                        "FAILED",
                        e.detail(),
                        e.prevHash(),
                        e.entryHash()),
                new AuditChain.Link(
                        e.id(),
                        e.atUtc(),
                        e.actor(),
                        e.source(),
                        e.action(),
                        e.objectType(),
                        e.objectId(),
                        e.result(),
                        null,
                        e.prevHash(),
                        e.entryHash()));
        for (AuditChain.Link c : changed) {
            t.replace(0, c);
            assertThat(t.verify().firstBroken()).as(c.toString()).isEqualTo(1L);
        }
    }

    @Test
    void fieldsCannotBeShiftedIntoTheirNeighbours() {
        AuditChain.Link a = new AuditChain.Link(1, null, "ab", "c", "x", "t", "i", "OK", null, null, null);
        AuditChain.Link b = new AuditChain.Link(1, null, "a", "bc", "x", "t", "i", "OK", null, null, null);
        AuditChain.Link empty = new AuditChain.Link(1, null, "a", "", "x", "t", "i", "OK", null, null, null);
        AuditChain.Link none = new AuditChain.Link(1, null, "a", null, "x", "t", "i", "OK", null, null, null);
        assertThat(AuditChain.hash(AuditChain.GENESIS, a)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, b));
        assertThat(AuditChain.hash(AuditChain.GENESIS, empty)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, none));
    }

    @Test
    void aDeletedMiddleEntryNamesTheEntryAfterTheGap() {
        Trail t = trail(5);
        t.rows.remove(2);
        assertThat(t.verify()).isEqualTo(new AuditChain.Verdict(false, 4, 4L));
    }

    @Test
    void aDeletedFirstEntryIsFoundToo() {
        Trail t = trail(3);
        t.rows.remove(0);
        assertThat(t.verify().firstBroken()).isEqualTo(2L);
    }

    @Test
    void aDeletedLastEntryIsFoundThroughTheHead() {
        Trail t = trail(5);
        t.rows.remove(4);
        assertThat(t.verify()).isEqualTo(new AuditChain.Verdict(false, 4, 5L));
    }

    @Test
    void anUnsetHeadIsNoIntactTrail() {
        Trail t = trail(2);
        AuditChain.Verifier v = new AuditChain.Verifier();
        t.rows.forEach(v::accept);
        assertThat(v.verdict(null, null).intact()).isFalse();
    }

    @Test
    void anEntryWithoutAHashIsBroken() {
        Trail t = trail(3);
        AuditChain.Link e = t.rows.get(1);
        t.replace(
                1,
                new AuditChain.Link(
                        e.id(),
                        e.atUtc(),
                        e.actor(),
                        e.source(),
                        e.action(),
                        e.objectType(),
                        e.objectId(),
                        e.result(),
                        e.detail(),
                        e.prevHash(),
                        null));
        assertThat(t.verify().firstBroken()).isEqualTo(2L);
    }

    @Test
    void lineBreaksAndControlCharactersBecomeVisibleEscapes() {
        String raw = "a\nb\r\nc\td\\e\u0007f\u202Eg\u2028h";
        String stored = AuditChain.neutralise(raw, 4000);
        assertThat(stored).isEqualTo("a\\nb\\r\\nc\\td\\\\e\\u{0007}f\\u{202E}g\\u{2028}h");
        assertThat(stored.chars().allMatch(c -> c >= 0x20 && c != 0x7f)).isTrue();
        assertThat(AuditChain.restore(stored)).isEqualTo(raw);
        assertThat(AuditChain.neutralise("汉字😀", 64)).isEqualTo("汉字😀");
    }

    @Test
    void aLongTextIsCutToItsColumnNeverInsideAnEscapeOrAPair() {
        assertThat(AuditChain.neutralise("x".repeat(70), 64)).hasSize(64).endsWith("…");
        assertThat(AuditChain.neutralise("x".repeat(64), 64)).isEqualTo("x".repeat(64));
        String cut = AuditChain.neutralise("x".repeat(62) + "\n\n", 64);
        assertThat(cut).isEqualTo("x".repeat(62) + "…");
        String pair = AuditChain.neutralise("x".repeat(62) + "😀😀", 64);
        assertThat(pair).isEqualTo("x".repeat(62) + "…");
        assertThat(AuditChain.neutralise(null, 64)).isNull();
    }
}
