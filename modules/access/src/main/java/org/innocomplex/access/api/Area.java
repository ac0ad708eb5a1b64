package org.innocomplex.access.api;

/**
 * The kind of place a role's scope code names, and so what its holders cover: the one mapping from a {@link Role} to
 * a place. What that covers in the registry (the counties of a city, the cities of a province) is the registry's
 * {@code ActorScope}; user administration checks a new user's scope code against it.
 */
public enum Area {
    /** every place: the administrators */
    ALL,
    /** one province by its six-digit code ({@code 330000}) */
    PROVINCE,
    /** one city */
    CITY,
    /** one county */
    COUNTY,
    /** one complex (the scope code is that complex's county) */
    COMPLEX,
    /** no place: an expert sees what they are assigned to */
    NONE
}
