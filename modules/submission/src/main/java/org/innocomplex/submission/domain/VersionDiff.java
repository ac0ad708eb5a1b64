package org.innocomplex.submission.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.innocomplex.submission.api.IndicatorData;
import org.innocomplex.submission.api.ReportVersionData;
import org.innocomplex.submission.api.ValueChange;

/** What differs between two versions, in catalogue order, numbers compared by value (1.50 equals 1.5). */
public final class VersionDiff {
    private VersionDiff() {}

    public static List<ValueChange> between(ReportVersionData a, ReportVersionData b, List<IndicatorData> order) {
        Set<String> codes = new LinkedHashSet<>();
        order.forEach(i -> codes.add(i.code()));
        codes.addAll(a.values().keySet());
        codes.addAll(b.values().keySet());
        codes.addAll(a.texts().keySet());
        codes.addAll(b.texts().keySet());
        List<ValueChange> changes = new ArrayList<>();
        for (String code : codes) {
            String before = show(a.values().get(code), a.texts().get(code));
            String after = show(b.values().get(code), b.texts().get(code));
            if (!Objects.equals(before, after)) {
                changes.add(new ValueChange(code, before, after));
            }
        }
        if (!Objects.equals(a.narrative(), b.narrative())) {
            changes.add(new ValueChange("narrative", a.narrative(), b.narrative()));
        }
        return changes;
    }

    private static String show(BigDecimal n, String text) {
        return n != null ? n.stripTrailingZeros().toPlainString() : text;
    }
}
