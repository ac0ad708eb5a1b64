package org.innocomplex.web.submission;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.appraisal.api.CycleOpeningService;
import org.innocomplex.appraisal.api.OpeningProgress;
import org.innocomplex.registry.api.CountyData;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CatalogueData;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleService;
import org.innocomplex.submission.api.CycleSettings;
import org.innocomplex.submission.api.GradeBandData;
import org.innocomplex.submission.api.IndicatorData;
import org.innocomplex.submission.api.RubricItemData;
import org.innocomplex.submission.api.ScoreAggregation;
import org.innocomplex.submission.api.ValueType;
import org.innocomplex.web.errors.RequestParams;
import org.innocomplex.web.support.Faces;

/**
 * {@code submission/cycle.xhtml?id=}: one cycle — its deadlines and anomaly threshold, its catalogue, rubric and
 * grade bands (editable while DRAFT), and opening it for the complexes in scope with a progress bar.
 */
@Named
@ViewScoped
public class CycleView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    CycleService cycles;

    @Inject
    CycleOpeningService opening;

    @Inject
    RegistryService registry;

    @Inject
    Faces faces;

    private Long id;
    private CycleData cycle;
    private CatalogueData catalogue;
    private java.time.LocalDate reportDue;
    private java.time.LocalDate countyDue;
    private java.time.LocalDate municipalDue;
    private java.time.LocalDate expertDue;
    private java.time.LocalDate decisionDue;
    private BigDecimal threshold;
    private ScoreAggregation aggregation;
    private Integer excellentCapPercent;
    private java.util.Map<String, BigDecimal> points = new java.util.HashMap<>();
    private java.util.Map<String, BigDecimal> bandScores = new java.util.HashMap<>();
    private IndicatorForm form;
    private List<String> levels = new ArrayList<>();
    private List<String> counties = new ArrayList<>();
    private List<String> problems = new ArrayList<>();

    @PostConstruct
    void load() {
        id = RequestParams.requiredId("id");
        reload();
    }

    private void reload() {
        cycle = cycles.cycle(id).orElse(null);
        if (cycle == null) {
            faces.error(null, "submission.error.unknownCycle", id);
            return;
        }
        catalogue = cycles.catalogue(id);
        reportDue = cycle.reportDue();
        countyDue = cycle.countyDue();
        municipalDue = cycle.municipalDue();
        expertDue = cycle.expertDue();
        decisionDue = cycle.decisionDue();
        threshold = cycle.anomalyThreshold();
        aggregation = cycle.aggregation();
        excellentCapPercent = cycle.excellentCapPercent();
        points = new java.util.HashMap<>();
        catalogue.rubricItems().forEach(i -> points.put(i.code(), i.maxPoints()));
        bandScores = new java.util.HashMap<>();
        catalogue.bands().forEach(b -> bandScores.put(b.grade(), b.minScore()));
    }

    public void saveSettings() {
        try {
            cycles.updateSettings(
                    id,
                    new CycleSettings(
                            reportDue,
                            countyDue,
                            municipalDue,
                            expertDue,
                            decisionDue,
                            threshold,
                            aggregation,
                            excellentCapPercent == null ? -1 : excellentCapPercent),
                    currentUser.require());
            faces.flashInfo("appraisal.task.saved");
            faces.redirect("/submission/cycle.xhtml?id=" + id);
        } catch (DomainException e) {
            faces.error(
                    e.key().equals("submission.cycle.error.excellentCapRange") ? "settings:excellentCap" : null,
                    e.key(),
                    e.args().toArray());
        }
    }

    public void edit(IndicatorData i) {
        form = IndicatorForm.of(i);
    }

    public void add() {
        form = new IndicatorForm();
        form.setGroupCode(
                catalogue.groups().isEmpty() ? null : catalogue.groups().get(0).code());
        form.setSortOrder(catalogue.indicators().size() * 10 + 10);
        form.setAdding(true);
    }

    public void cancel() {
        form = null;
    }

    public void saveIndicator() {
        try {
            cycles.saveIndicator(id, form.toView(), currentUser.require());
            faces.info("appraisal.task.saved");
            form = null;
            reload();
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public void removeIndicator(String code) {
        try {
            cycles.removeIndicator(id, code, currentUser.require());
            faces.info("appraisal.task.saved");
            reload();
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    /** Saves the rubric items whose points were changed, and the grade bands. */
    public void saveRubric() {
        try {
            for (RubricItemData i : catalogue.rubricItems()) {
                BigDecimal p = points.get(i.code());
                if (p == null || p.compareTo(i.maxPoints()) != 0) {
                    cycles.saveRubricItem(
                            id,
                            new RubricItemData(i.code(), i.groupCode(), i.nameZh(), i.nameEn(), p, i.sortOrder()),
                            currentUser.require());
                }
            }
            for (GradeBandData b : catalogue.bands()) {
                BigDecimal min = bandScores.get(b.grade());
                if (min == null || min.compareTo(b.minScore()) != 0) {
                    cycles.saveGradeBand(id, new GradeBandData(b.grade(), min), currentUser.require());
                }
            }
            faces.info("appraisal.task.saved");
            reload();
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public void open() {
        problems.clear();
        Set<Level> lv = levels.isEmpty()
                ? Set.of()
                : EnumSet.copyOf(levels.stream().map(Level::valueOf).toList());
        try {
            opening.start(id, lv, new HashSet<>(counties), currentUser.require());
        } catch (ValidationException e) {
            // the rubric's problems stand beside the button that refused to open the cycle
            faces.violations(e, UnaryOperator.identity(), (field, text) -> problems.add(text));
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public OpeningProgress getProgress() {
        return id == null ? null : opening.progress(id).orElse(null);
    }

    /** Polled by the progress bar; reloads the cycle once the opening finished. */
    public void poll() {
        OpeningProgress p = getProgress();
        if (p != null && p.finished()) {
            reload();
        }
    }

    public BigDecimal groupTotal(String groupCode) {
        return catalogue.itemsOf(groupCode).stream()
                .map(RubricItemData::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<CountyData> getCountyOptions() {
        return cycle == null ? List.of() : registry.counties(cycle.cityCode());
    }

    public Level[] getLevelOptions() {
        return Level.values();
    }

    public CycleData getCycle() {
        return cycle;
    }

    public CatalogueData getCatalogue() {
        return catalogue;
    }

    public IndicatorForm getForm() {
        return form;
    }

    public java.util.Map<String, BigDecimal> getPoints() {
        return points;
    }

    public java.util.Map<String, BigDecimal> getBandScores() {
        return bandScores;
    }

    public java.time.LocalDate getReportDue() {
        return reportDue;
    }

    public void setReportDue(java.time.LocalDate d) {
        reportDue = d;
    }

    public java.time.LocalDate getCountyDue() {
        return countyDue;
    }

    public void setCountyDue(java.time.LocalDate d) {
        countyDue = d;
    }

    public java.time.LocalDate getMunicipalDue() {
        return municipalDue;
    }

    public void setMunicipalDue(java.time.LocalDate d) {
        municipalDue = d;
    }

    public java.time.LocalDate getExpertDue() {
        return expertDue;
    }

    public void setExpertDue(java.time.LocalDate d) {
        expertDue = d;
    }

    public java.time.LocalDate getDecisionDue() {
        return decisionDue;
    }

    public void setDecisionDue(java.time.LocalDate d) {
        decisionDue = d;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public ValueType[] getValueTypes() {
        return ValueType.values();
    }

    public List<String> getLevels() {
        return levels;
    }

    public void setLevels(List<String> levels) {
        this.levels = levels;
    }

    public List<String> getCounties() {
        return counties;
    }

    public void setCounties(List<String> counties) {
        this.counties = counties;
    }

    public List<String> getProblems() {
        return problems;
    }

    public ScoreAggregation getAggregation() {
        return aggregation;
    }

    public void setAggregation(ScoreAggregation aggregation) {
        this.aggregation = aggregation;
    }

    public ScoreAggregation[] getAggregations() {
        return ScoreAggregation.values();
    }

    public Integer getExcellentCapPercent() {
        return excellentCapPercent;
    }

    public void setExcellentCapPercent(Integer excellentCapPercent) {
        this.excellentCapPercent = excellentCapPercent;
    }
}
