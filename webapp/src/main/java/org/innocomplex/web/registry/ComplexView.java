package org.innocomplex.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.ConcurrentChangeException;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.InstitutionData;
import org.innocomplex.registry.api.InstitutionInput;
import org.innocomplex.registry.api.InstitutionKind;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.web.access.LocaleView;
import org.innocomplex.web.errors.RequestParams;
import org.innocomplex.web.support.Faces;
import org.primefaces.PrimeFaces;

/**
 * {@code registry/complex.xhtml?id=<complex>}: one complex's fields, its service institutions and its history (who
 * changed what and when). Administrators edit, retire or re-activate it and add or edit institutions; others read.
 *
 * <p>Named after its view like every backing bean; the registry's record of the same simple name is spelled out.
 */
@Named
@ViewScoped
public class ComplexView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String INSTITUTION_FORM = "institutionForm";

    @Inject
    RegistryService registry;

    @Inject
    CurrentUser currentUser;

    @Inject
    ComplexEditor editor;

    @Inject
    AuditText auditText;

    @Inject
    LocaleView locale;

    @Inject
    Faces faces;

    private Long id;
    private ComplexData complex;
    private List<InstitutionData> institutions = List.of();
    private List<AuditText.Row> history = List.of();

    private InstitutionForm institution = new InstitutionForm();
    private Long institutionId;
    private long institutionVersion;
    private boolean institutionStale;

    @PostConstruct
    void load() {
        id = RequestParams.requiredId("id");
        refresh();
        if (complex == null) {
            faces.error(null, "registry.error.unknownComplex", String.valueOf(id));
        }
    }

    private void refresh() {
        complex = registry.complex(id).orElse(null);
        if (complex != null) {
            institutions = registry.institutions(id);
            List<AuditTrail.Entry> entries = new ArrayList<>(registry.complexHistory(id));
            // newest first: the page answers "who changed this last"
            Collections.reverse(entries);
            history = auditText.rows(entries, locale.isChinese());
        }
    }

    // --- the complex

    public void edit() {
        refresh();
        editor.startEdit(complex);
    }

    public void save() {
        if (editor.save() != null) {
            refresh();
            faces.info("registry.complexes.saved", complex.name(locale.isChinese()));
            PrimeFaces.current().ajax().update("complex", "messages");
        }
    }

    public void retire() {
        setActive(false);
    }

    public void reactivate() {
        setActive(true);
    }

    private void setActive(boolean active) {
        try {
            registry.setComplexActive(currentUser.require(), id, complex.version(), active);
            faces.info(active ? "registry.complex.reactivated" : "registry.complex.retired");
        } catch (DomainException e) {
            faces.error(e);
        }
        // on a refusal too: after a concurrent change the page must show what is stored now
        refresh();
    }

    // --- its institutions

    public void addInstitution() {
        institution = InstitutionForm.of(new InstitutionInput(InstitutionKind.R_AND_D, null, null, true));
        institutionId = null;
        institutionVersion = 0;
        institutionStale = false;
    }

    public void editInstitution(Long institutionId) {
        institutions.stream()
                .filter(i -> i.id().equals(institutionId))
                .findFirst()
                .ifPresent(this::startEdit);
    }

    private void startEdit(InstitutionData i) {
        institution = InstitutionForm.of(i.toInput());
        institutionId = i.id();
        institutionVersion = i.version();
        institutionStale = false;
    }

    public void reloadInstitution() {
        refresh();
        editInstitution(institutionId);
    }

    public void saveInstitution() {
        try {
            InstitutionData saved = institutionId == null
                    ? registry.createInstitution(currentUser.require(), id, institution.toInput())
                    : registry.updateInstitution(
                            currentUser.require(), institutionId, institutionVersion, institution.toInput());
            startEdit(saved);
            refresh();
            faces.info("registry.complex.institutionSaved", saved.name());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            PrimeFaces.current().ajax().update("messages");
        } catch (ValidationException e) {
            faces.violations(INSTITUTION_FORM, e);
        } catch (ConcurrentChangeException e) {
            institutionStale = true;
            faces.error(e);
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public InstitutionKind[] getKinds() {
        return InstitutionKind.values();
    }

    // --- for the page

    public boolean isAdmin() {
        return currentUser.get().map(a -> a.is(Role.ADMIN)).orElse(false);
    }

    public String getCountyName() {
        return complex == null
                ? ""
                : registry.county(complex.countyCode())
                        .map(c -> c.name(locale.isChinese()))
                        .orElse(complex.countyCode());
    }

    public ComplexData getComplex() {
        return complex;
    }

    public List<InstitutionData> getInstitutions() {
        return institutions;
    }

    public List<AuditText.Row> getHistory() {
        return history;
    }

    public ComplexEditor getEditor() {
        return editor;
    }

    public InstitutionForm getInstitution() {
        return institution;
    }

    public boolean isInstitutionCreating() {
        return institutionId == null;
    }

    public boolean isInstitutionStale() {
        return institutionStale;
    }
}
