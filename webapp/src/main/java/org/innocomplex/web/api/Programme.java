package org.innocomplex.web.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource of the programme's data (registry, cycles, reports, tasks, dashboard, imports): refused to the security
 * and audit administrators by {@link ProgrammeGuard}, as web.xml refuses them the programme's pages.
 */
@NameBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Programme {}
