package org.innocomplex.registry.api;

/**
 * Fired synchronously inside the transaction that changed a complex's record (its level, county, names, …), after
 * the change; an observer that throws undoes it.
 */
public record ComplexChanged(Long complexId) implements java.io.Serializable {}
