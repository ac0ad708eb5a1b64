package org.innocomplex.appraisal.application.steps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.appraisal.api.StepInput;
import org.innocomplex.appraisal.api.StepType;
import org.innocomplex.appraisal.application.ExpertSheets;
import org.innocomplex.appraisal.domain.AppraisalAccess;
import org.innocomplex.appraisal.domain.ConflictOfInterest;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ExpertData;
import org.innocomplex.registry.api.RegistryService;

/** {@code assign-experts}: the municipal bureau picks experts from the roster, none with a conflict of interest. */
@ApplicationScoped
public class AssignExpertsStep implements StepHandler {
    @Inject
    RegistryService registry;

    @Inject
    HistoryWriter history;

    @Inject
    ExpertSheets sheets;

    @Override
    public StepType type() {
        return StepType.ASSIGN_EXPERTS;
    }

    @Override
    public Class<? extends StepInput> inputType() {
        return StepInput.AssignExperts.class;
    }

    @Override
    public Map<String, Object> handle(StepContext ctx, StepInput input) {
        if (!AppraisalAccess.isBureauOf(ctx.scope(), ctx.appraisal())) {
            throw new NotAuthorizedException("appraisal.error.notYourCity");
        }
        List<String> picked = ((StepInput.AssignExperts) input).experts();
        if (picked == null || picked.isEmpty()) {
            throw new DomainException("appraisal.error.expertsRequired");
        }
        if (new LinkedHashSet<>(picked).size() != picked.size()) {
            throw new DomainException("appraisal.error.expertTwice");
        }
        ComplexData complex = registry.complex(ctx.appraisal().complexId()).orElseThrow();
        List<String> declared = sheets.declared(ctx.appraisal().id());
        for (String username : picked) {
            ExpertData e = registry.expertByUsername(username)
                    .orElseThrow(() -> new DomainException("appraisal.error.unknownExpert", username));
            if (ConflictOfInterest.conflicts(e, complex) || declared.contains(username)) {
                throw new DomainException("appraisal.error.conflictOfInterest", e.name());
            }
        }
        ctx.appraisal().assignExperts(picked);
        history.write(ctx, "EXPERTS_ASSIGNED", String.join(", ", picked));
        // Flowable stores the list by Java serialization: hand it a plain ArrayList
        return Map.of("experts", new ArrayList<>(picked));
    }
}
