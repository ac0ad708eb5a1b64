package org.innocomplex.web.registry;

import java.io.Serializable;
import org.innocomplex.registry.api.InstitutionInput;
import org.innocomplex.registry.api.InstitutionKind;

/** The institution dialog's inputs, a writable copy of {@link InstitutionInput}. */
public class InstitutionForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private InstitutionKind kind;
    private String name;
    private String partner;
    private boolean active = true;

    public static InstitutionForm of(InstitutionInput i) {
        InstitutionForm f = new InstitutionForm();
        f.kind = i.kind();
        f.name = i.name();
        f.partner = i.partner();
        f.active = i.active();
        return f;
    }

    public InstitutionInput toInput() {
        return new InstitutionInput(kind, name, partner, active);
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public void setKind(InstitutionKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
