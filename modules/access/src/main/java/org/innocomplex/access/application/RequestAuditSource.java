package org.innocomplex.access.application;

import jakarta.enterprise.context.RequestScoped;
import org.innocomplex.access.api.AuditSource;

/** The current request's caller address, as the web layer set it. */
@RequestScoped
public class RequestAuditSource implements AuditSource {
    private String address;

    @Override
    public void set(String address) {
        this.address = address;
    }

    String address() {
        return address;
    }
}
