package org.innocomplex.reporting.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.innocomplex.appraisal.api.GradesPublished;
import org.innocomplex.registry.api.ComplexChanged;
import org.innocomplex.reporting.api.FigureTallyService;
import org.innocomplex.reporting.infrastructure.FigureTallies;
import org.innocomplex.submission.api.ReportStatusChanged;

/**
 * Keeps the dashboard's tallies in step: each event is observed synchronously, inside the transaction that changed
 * the report, grade or complex, so the tally commits or rolls back with it. The pending entity changes are flushed
 * first, because the tallies read the reports through SQL on the transaction's connection.
 */
@ApplicationScoped
@Transactional
public class FigureKeeper implements FigureTallyService {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/innocomplex")
    DataSource dataSource;

    void onReport(@Observes ReportStatusChanged e) {
        refresh("the report", c -> List.of(e.reportId()));
    }

    void onPublished(@Observes GradesPublished e) {
        refresh("the publication", c -> FigureTallies.reportsOfAppraisals(c, e.appraisalIds()));
    }

    void onComplex(@Observes ComplexChanged e) {
        refresh("the complex's change", c -> FigureTallies.countedReportsOfComplex(c, e.complexId()));
    }

    /** the reports a change touched, found on the transaction's connection */
    @FunctionalInterface
    interface Reports {
        List<Long> of(Connection c) throws SQLException;
    }

    private void refresh(String what, Reports reports) {
        em.flush();
        try (Connection c = dataSource.getConnection()) {
            for (Long report : reports.of(c)) {
                FigureTallies.refresh(c, report);
            }
        } catch (SQLException x) {
            throw new IllegalStateException("tallying " + what + " failed", x);
        }
    }

    @Override
    public boolean rebuildIfNeeded() {
        try (Connection c = dataSource.getConnection()) {
            if (!FigureTallies.needsRebuild(c)) {
                return false;
            }
            FigureTallies.rebuild(c);
            return true;
        } catch (SQLException x) {
            throw new IllegalStateException("recounting the tallies failed", x);
        }
    }

    @Override
    public void rebuild() {
        try (Connection c = dataSource.getConnection()) {
            FigureTallies.rebuild(c);
        } catch (SQLException x) {
            throw new IllegalStateException("recounting the tallies failed", x);
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> drift() {
        try (Connection c = dataSource.getConnection()) {
            return FigureTallies.drift(c);
        } catch (SQLException x) {
            throw new IllegalStateException("comparing the tallies failed", x);
        }
    }
}
