package org.innocomplex.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.innocomplex.submission.api.CrossRuleData;

/** "part ≤ whole" between two indicators of one cycle. */
@Entity
@Table(name = "sub_cross_rule")
@IdClass(CrossRule.Key.class)
public class CrossRule {
    @Id
    @Column(name = "cycle_id")
    private Long cycleId;

    @Id
    @Column(name = "part_code", length = 64)
    private String part;

    @Id
    @Column(name = "whole_code", length = 64)
    private String whole;

    protected CrossRule() {}

    public CrossRuleData toView() {
        return new CrossRuleData(part, whole);
    }

    public static class Key implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private Long cycleId;
        private String part;
        private String whole;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && java.util.Objects.equals(cycleId, k.cycleId)
                    && java.util.Objects.equals(part, k.part)
                    && java.util.Objects.equals(whole, k.whole);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(cycleId, part, whole);
        }
    }
}
