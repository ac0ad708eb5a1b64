package org.innocomplex.access.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bureau's time zone and clock, the one place {@code innocomplex.time-zone} is read: deadlines end at midnight
 * in the bureau's city, lists and workbooks show its local time, "this year" is its year. Every module injects
 * {@link ZoneId} or {@link Clock} from here rather than naming a zone.
 */
@ApplicationScoped
public class BureauTime {
    /** The programme's cities are all in China. */
    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    @Inject
    @ConfigProperty(name = "innocomplex.time-zone", defaultValue = DEFAULT_ZONE)
    String zone;

    private volatile ZoneId zoneId;

    @Produces
    public ZoneId zone() {
        ZoneId z = zoneId;
        if (z == null) {
            try {
                z = ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new IllegalStateException("innocomplex.time-zone is not a time zone: " + zone, e);
            }
            zoneId = z;
        }
        return z;
    }

    @Produces
    public Clock clock() {
        return Clock.system(zone());
    }
}
