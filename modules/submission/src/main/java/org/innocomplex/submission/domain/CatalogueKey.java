package org.innocomplex.submission.domain;

import java.io.Serializable;
import java.util.Objects;

/** The key of a catalogue row: the cycle it belongs to and its code within the cycle. */
public class CatalogueKey implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long cycleId;
    private String code;

    public CatalogueKey() {}

    public CatalogueKey(Long cycleId, String code) {
        this.cycleId = cycleId;
        this.code = code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogueKey k && Objects.equals(cycleId, k.cycleId) && Objects.equals(code, k.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cycleId, code);
    }
}
