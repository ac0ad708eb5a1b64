package org.innocomplex.web.registry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.innocomplex.access.api.ConcurrentChangeException;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ComplexInput;
import org.innocomplex.registry.api.CountyData;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.ListStatus;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.web.support.Faces;
import org.primefaces.PrimeFaces;

/**
 * The complex dialog shared by the list and the detail page ({@code WEB-INF/includes/registry/complex-dialog.xhtml}):
 * create or edit, refusals next to their inputs, and a concurrent change offered as "reload" instead of being
 * overwritten. Lives as long as the view that injects it.
 */
@Dependent
public class ComplexEditor implements Serializable {
    private static final long serialVersionUID = 1L;
    /** the dialog's form; inputs are named after {@link ComplexInput}'s components */
    public static final String FORM = "complexForm";

    @Inject
    RegistryService registry;

    @Inject
    CurrentUser currentUser;

    @Inject
    Faces faces;

    private ComplexForm form = ComplexForm.of(blank());
    private Long id;
    private long version;
    private boolean stale;
    private List<CountyData> counties;

    private static ComplexInput blank() {
        return new ComplexInput(
                null, null, null, Level.MUNICIPAL, ListStatus.CULTIVATION, null, null, null, null, null, null, false);
    }

    public void startCreate() {
        form = ComplexForm.of(blank());
        id = null;
        version = 0;
        stale = false;
    }

    public void startEdit(ComplexData c) {
        form = ComplexForm.of(c.toInput());
        id = c.id();
        version = c.version();
        stale = false;
    }

    /** After someone else's change: their stored values replace what this user typed, to decide on again. */
    public void reload() {
        registry.complex(id).ifPresent(this::startEdit);
    }

    /**
     * @return the complex as saved, or null when refused (the messages are on the page and the dialog keeps what
     *         was typed); on success the dialog is told to close
     */
    public ComplexData save() {
        try {
            ComplexData saved = id == null
                    ? registry.createComplex(currentUser.require(), form.toInput())
                    : registry.updateComplex(currentUser.require(), id, version, form.toInput());
            startEdit(saved);
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            return saved;
        } catch (ValidationException e) {
            faces.violations(FORM, e);
        } catch (ConcurrentChangeException e) {
            stale = true;
            faces.error(e);
        } catch (DomainException e) {
            faces.error(e);
        }
        return null;
    }

    public List<CountyData> getCounties() {
        if (counties == null) {
            counties = registry.cities().stream()
                    .flatMap(c -> registry.counties(c.code()).stream())
                    .toList();
        }
        return counties;
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public ListStatus[] getListStatuses() {
        return ListStatus.values();
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isStale() {
        return stale;
    }

    public ComplexForm getForm() {
        return form;
    }
}
