package org.innocomplex.web.registry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.ConcurrentChangeException;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.registry.api.ExpertData;
import org.innocomplex.registry.api.ExpertInput;
import org.innocomplex.registry.api.ExpertSort;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.web.support.Faces;
import org.innocomplex.web.support.LazyFilters;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code registry/experts.xhtml}: the expert roster page by page; administrators add an expert (for an existing
 * expert login) and edit one. The declared affiliations are what the conflict-of-interest check reads, one per line.
 * Only officials and administrators reach the page (web.xml); the registry service refuses anyone else again.
 */
@Named
@ViewScoped
public class ExpertsView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "expertForm";
    static final Map<String, ExpertSort> SORTS =
            Map.of("name", ExpertSort.NAME, "field", ExpertSort.FIELD, "organisation", ExpertSort.ORGANISATION);

    @Inject
    RegistryService registry;

    @Inject
    CurrentUser currentUser;

    @Inject
    Faces faces;

    private final LazyDataModel<ExpertData> experts = new Experts();

    private Long id;
    private long version;
    private boolean stale;
    private String username;
    private String name;
    private String title;
    private String field;
    private String organisation;
    private String affiliations;

    class Experts extends LazyDataModel<ExpertData> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) registry.countExperts(currentUser.require(), LazyFilters.global(filterBy));
        }

        @Override
        public List<ExpertData> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var sort = LazyFilters.sort(sortBy);
            return registry.findExperts(
                    currentUser.require(),
                    LazyFilters.global(filterBy),
                    sort.map(s -> SORTS.get(s.getKey())).orElse(ExpertSort.NAME),
                    sort.map(Map.Entry::getValue).orElse(true),
                    first,
                    pageSize);
        }

        @Override
        public String getRowKey(ExpertData e) {
            return String.valueOf(e.id());
        }

        @Override
        public ExpertData getRowData(String rowKey) {
            return registry.expert(Long.valueOf(rowKey)).orElse(null);
        }
    }

    public void create() {
        fill(null, 0, null, new ExpertInput(null, null, null, null, List.of()));
    }

    public void edit(Long expertId) {
        registry.expert(expertId).ifPresent(e -> fill(e.id(), e.version(), e.username(), e.toInput()));
    }

    public void reload() {
        edit(id);
    }

    private void fill(Long expertId, long expertVersion, String login, ExpertInput e) {
        id = expertId;
        version = expertVersion;
        stale = false;
        username = login;
        name = e.name();
        title = e.title();
        field = e.field();
        organisation = e.organisation();
        affiliations = String.join("\n", e.affiliations());
    }

    public void save() {
        ExpertInput input = new ExpertInput(
                name,
                title,
                field,
                organisation,
                affiliations == null ? List.of() : Arrays.asList(affiliations.split("\\R")));
        try {
            ExpertData saved = id == null
                    ? registry.createExpert(currentUser.require(), username, input)
                    : registry.updateExpert(currentUser.require(), id, version, input);
            fill(saved.id(), saved.version(), saved.username(), saved.toInput());
            faces.info("registry.experts.saved", saved.name());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update("experts", "messages");
        } catch (ValidationException e) {
            faces.violations(FORM, e);
        } catch (ConcurrentChangeException e) {
            stale = true;
            faces.error(e);
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public boolean isAdmin() {
        return currentUser.get().map(a -> a.is(Role.ADMIN)).orElse(false);
    }

    public LazyDataModel<ExpertData> getExperts() {
        return experts;
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isStale() {
        return stale;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getAffiliations() {
        return affiliations;
    }

    public void setAffiliations(String affiliations) {
        this.affiliations = affiliations;
    }
}
