package org.innocomplex.web.appraisal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.UserService;
import org.innocomplex.appraisal.api.BulkOutcome;
import org.innocomplex.appraisal.api.InboxItem;
import org.innocomplex.appraisal.api.InboxQuery;
import org.innocomplex.appraisal.api.InboxService;
import org.innocomplex.appraisal.api.StepCount;
import org.innocomplex.registry.api.ActorScope;
import org.innocomplex.registry.api.CityData;
import org.innocomplex.registry.api.CountyData;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleService;
import org.innocomplex.web.access.MeView;
import org.innocomplex.web.errors.RequestParams;
import org.innocomplex.web.support.Faces;
import org.innocomplex.web.support.LazyFilters;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code appraisal/inbox.xhtml}: the tasks the user can act on, page by page from the server (sort, filters and
 * paging all in the query), claim and release, bulk approval of reviews, and the tasks they handled.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 25;
    static final Map<String, InboxQuery.Sort> SORTS = Map.of(
            "created",
            InboxQuery.Sort.CREATED,
            "due",
            InboxQuery.Sort.DUE,
            "stepKey",
            InboxQuery.Sort.STEP,
            "complexNameZh",
            InboxQuery.Sort.COMPLEX);

    @Inject
    CurrentUser currentUser;

    @Inject
    InboxService inbox;

    @Inject
    RegistryService registry;

    @Inject
    CycleService cycleService;

    @Inject
    UserService users;

    @Inject
    Faces faces;
    /** the header's counts per step, read once per request and shared with this page */
    @Inject
    MeView me;

    private final LazyDataModel<InboxItem> tasks = new Tasks();
    private final LazyDataModel<InboxItem> done = new Handled();
    private List<CountyData> counties = List.of();
    private List<CycleData> cycles = List.of();
    private List<StepCount> steps = List.of();
    private boolean countyFilter;

    // filters
    private Long cycleId;
    private String countyCode;
    private String stepKey;
    private boolean overdueOnly;

    private List<InboxItem> selected = new ArrayList<>();
    private String bulkComment;
    private List<BulkOutcome> outcomes = List.of();

    @PostConstruct
    void load() {
        ActorScope scope = registry.scopeOf(currentUser.require());
        // the filters offer the counties and cycles of the cities the user works in: every city for an
        // administrator, their province's for a provincial official, else their own (or their county's) city
        List<String> cities = registry.cities().stream()
                .map(CityData::code)
                .filter(scope::worksIn)
                .toList();
        counties = cities.stream().flatMap(c -> registry.counties(c).stream()).toList();
        cycles = cities.stream().flatMap(c -> cycleService.cycles(c).stream()).toList();
        countyFilter = scope.spansCounties();
        steps = me.getStepCounts();
        setStepKey(RequestParams.optionalToken("step"));
    }

    class Tasks extends LazyDataModel<InboxItem> {
        private static final long serialVersionUID = 1L;
        private List<InboxItem> page = List.of();
        /** the display names of the page's claimants, read with the page */
        private Map<String, String> claimants = Map.of();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            InboxQuery q = query(null);
            // unfiltered, the pager's total is the sum of the counts per step the header reads anyway: the county's
            // open tasks are walked once per request, not twice
            return (int) (q.unfiltered() ? me.getInboxCount() : inbox.count(currentUser.require(), q));
        }

        @Override
        public List<InboxItem> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            page = inbox.page(currentUser.require(), query(sortBy), first, pageSize);
            List<String> names = page.stream()
                    .map(InboxItem::claimedBy)
                    .filter(java.util.Objects::nonNull)
                    .distinct()
                    .toList();
            claimants = names.isEmpty() ? Map.of() : users.displayNames(names);
            return page;
        }

        @Override
        public String getRowKey(InboxItem t) {
            return t.taskId();
        }

        @Override
        public InboxItem getRowData(String key) {
            return page.stream().filter(t -> t.taskId().equals(key)).findFirst().orElse(null);
        }
    }

    class Handled extends LazyDataModel<InboxItem> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) inbox.handledCount(currentUser.require());
        }

        @Override
        public List<InboxItem> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return inbox.handled(currentUser.require(), first, pageSize);
        }

        @Override
        public String getRowKey(InboxItem t) {
            return t.taskId();
        }
    }

    InboxQuery query(Map<String, SortMeta> sortBy) {
        var sort = LazyFilters.sort(sortBy);
        return new InboxQuery(
                cycleId,
                countyCode,
                stepKey,
                overdueOnly,
                sort.map(s -> SORTS.get(s.getKey())).orElse(InboxQuery.Sort.CREATED),
                sort.map(Map.Entry::getValue).orElse(false));
    }

    /** the filters changed: back to the first page (the table's own reset does that) */
    public void filter() {
        selected = new ArrayList<>();
        var table = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot()
                .findComponent(":tabs:inbox:tasks");
        if (table instanceof org.primefaces.component.datatable.DataTable dt) {
            dt.setFirst(0);
        }
    }

    public void claim(String taskId) {
        try {
            inbox.claim(currentUser.require(), taskId);
            faces.info("appraisal.inbox.claimed");
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public void unclaim(String taskId) {
        try {
            inbox.unclaim(currentUser.require(), taskId);
            faces.info("appraisal.inbox.unclaimed");
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public void bulkApprove() {
        if (selected.isEmpty()) {
            faces.error(null, "appraisal.inbox.bulk.noneSelected");
            return;
        }
        outcomes = inbox.bulkApprove(
                currentUser.require(), selected.stream().map(InboxItem::taskId).toList(), bulkComment);
        long ok = outcomes.stream().filter(BulkOutcome::ok).count();
        faces.info("appraisal.inbox.bulk.summary", ok, outcomes.size() - ok);
        selected = new ArrayList<>();
        bulkComment = null;
        me.refreshStepCounts();
        steps = me.getStepCounts();
        PrimeFaces.current().ajax().addCallbackParam("done", true);
    }

    /** a bulk outcome's refusal in words */
    public String outcomeText(BulkOutcome o) {
        return o.ok()
                ? faces.text("appraisal.inbox.bulk.ok")
                : o.errorArg() == null ? faces.text(o.errorKey()) : faces.text(o.errorKey(), o.errorArg());
    }

    public String countyName(String code, boolean chinese) {
        return counties.stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .map(c -> c.name(chinese))
                .orElseGet(() -> registry.county(code).map(c -> c.name(chinese)).orElse(code));
    }

    /** who holds a claimed task: their name, as colleagues know them (the username when the name is unknown) */
    public String claimant(InboxItem t) {
        if (t.claimedBy() == null) {
            return "";
        }
        return ((Tasks) tasks).claimants.getOrDefault(t.claimedBy(), t.claimedBy());
    }

    public boolean isMine(InboxItem t) {
        return currentUser.require().username().equals(t.claimedBy());
    }

    /** officials of a city (and administrators) look across counties; a county official has one */
    public boolean isCountyFilter() {
        return countyFilter;
    }

    /** a review can be approved in bulk; claims exist only where a group shares the task */
    public boolean isOfficial() {
        return currentUser.require().role().isOfficial();
    }

    public LazyDataModel<InboxItem> getTasks() {
        return tasks;
    }

    public LazyDataModel<InboxItem> getDone() {
        return done;
    }

    public List<CountyData> getCounties() {
        return counties;
    }

    public List<CycleData> getCycles() {
        return cycles;
    }

    public List<StepCount> getSteps() {
        return steps;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode == null || countyCode.isBlank() ? null : countyCode;
    }

    public String getStepKey() {
        return stepKey;
    }

    public void setStepKey(String stepKey) {
        this.stepKey = stepKey == null || stepKey.isBlank() ? null : stepKey;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public List<InboxItem> getSelected() {
        return selected;
    }

    public void setSelected(List<InboxItem> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public String getBulkComment() {
        return bulkComment;
    }

    public void setBulkComment(String bulkComment) {
        this.bulkComment = bulkComment;
    }

    public List<BulkOutcome> getOutcomes() {
        return outcomes;
    }
}
