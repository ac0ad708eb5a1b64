package org.innocomplex.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.Role;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ComplexFilter;
import org.innocomplex.registry.api.ComplexSort;
import org.innocomplex.registry.api.CountyData;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.web.access.LocaleView;
import org.innocomplex.web.support.Faces;
import org.innocomplex.web.support.LazyFilters;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code registry/complexes.xhtml}: the registry page by page (the database filters, sorts and pages), and for
 * administrators the create/edit dialog. Officials see the same list read-only; the service refuses their writes
 * anyway.
 */
@Named
@ViewScoped
public class ComplexesView implements Serializable {
    private static final long serialVersionUID = 1L;
    /** the table's column fields, as the view's sortBy/filterBy name them, and the query's sort keys */
    static final Map<String, ComplexSort> SORTS = Map.of(
            "nameZh",
            ComplexSort.NAME_ZH,
            "nameEn",
            ComplexSort.NAME_EN,
            "countyCode",
            ComplexSort.COUNTY,
            "level",
            ComplexSort.LEVEL,
            "listStatus",
            ComplexSort.LIST_STATUS,
            "established",
            ComplexSort.ESTABLISHED);

    @Inject
    RegistryService registry;

    @Inject
    CurrentUser currentUser;

    @Inject
    ComplexEditor editor;

    @Inject
    Faces faces;

    @Inject
    LocaleView locale;

    private final LazyDataModel<ComplexData> complexes = new Complexes();
    private Map<String, CountyData> countiesByCode;

    @PostConstruct
    void load() {
        countiesByCode = editor.getCounties().stream().collect(Collectors.toMap(CountyData::code, c -> c));
    }

    /** The page's lazy model: one query for the page, one for the count, nothing held beyond the page. */
    class Complexes extends LazyDataModel<ComplexData> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) registry.countComplexes(filter(filterBy));
        }

        @Override
        public List<ComplexData> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var sort = LazyFilters.sort(sortBy);
            return registry.findComplexes(
                    filter(filterBy),
                    sort.map(s -> SORTS.get(s.getKey())).orElse(ComplexSort.COUNTY),
                    sort.map(Map.Entry::getValue).orElse(true),
                    first,
                    pageSize);
        }

        @Override
        public String getRowKey(ComplexData c) {
            return String.valueOf(c.id());
        }

        @Override
        public ComplexData getRowData(String rowKey) {
            return registry.complex(Long.valueOf(rowKey)).orElse(null);
        }
    }

    static ComplexFilter filter(Map<String, FilterMeta> f) {
        return new ComplexFilter(
                LazyFilters.global(f),
                LazyFilters.text(f, "countyCode"),
                LazyFilters.enumValue(f, "level", Level.class),
                LazyFilters.enumValue(f, "listStatus", ListStatus.class),
                LazyFilters.bool(f, "active"));
    }

    public void create() {
        editor.startCreate();
    }

    public void edit(Long id) {
        registry.complex(id).ifPresent(editor::startEdit);
    }

    /** A new complex opens on its own page, where its institutions are added next. */
    public void save() {
        boolean creating = editor.isCreating();
        ComplexData saved = editor.save();
        if (saved != null && creating) {
            faces.flashInfo("registry.complexes.created", saved.name(locale.isChinese()));
            faces.redirect("/registry/complex.xhtml?id=" + saved.id());
        } else if (saved != null) {
            faces.info("registry.complexes.saved", saved.name(locale.isChinese()));
            PrimeFaces.current().ajax().update("complexes", "messages");
        }
    }

    public boolean isAdmin() {
        return currentUser.get().map(a -> a.is(Role.ADMIN)).orElse(false);
    }

    public String countyName(String code, boolean chinese) {
        CountyData c = countiesByCode.get(code);
        return c == null ? code : c.name(chinese);
    }

    public LazyDataModel<ComplexData> getComplexes() {
        return complexes;
    }

    public ComplexEditor getEditor() {
        return editor;
    }
}
