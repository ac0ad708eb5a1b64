package org.innocomplex.access.api;

/**
 * What a user does in the programme. A user has exactly one role; its scope (a county, the city, a
 * complex) says over what. Role names double as the Jakarta Security groups used in web.xml.
 */
public enum Role {
    /** keeps the registry, catalogue, users and workflows */
    ADMIN,
    /** fills the annual report of one complex */
    OPERATOR,
    /** reviews reports of complexes in one county */
    COUNTY_OFFICIAL,
    /** reviews, assigns experts and decides, for one city */
    MUNICIPAL_OFFICIAL,
    /**
     * reviews for one province (scope: its six-digit code, e.g. 330000), in a step an administrator's BPMN routes to
     * the group {@code province:<code>}
     */
    PROVINCIAL_OFFICIAL,
    /** scores reports assigned to them */
    EXPERT
}
