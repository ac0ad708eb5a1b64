package org.innocomplex.access.api;

/**
 * What a user does in the programme. A user has exactly one role; its scope (a county, the city, a
 * complex) says over what. Role names double as the Jakarta Security groups used in web.xml.
 */
public enum Role {
    /** keeps the registry, catalogue and workflows (the system administrator of the three separated duties) */
    ADMIN(Area.ALL, false, true),
    /** keeps the users, their roles, unlocks, and the password and session policies; nothing of the programme */
    SECURITY_ADMIN(Area.NONE, false, false),
    /** reads and verifies the audit trail, and nothing else */
    AUDITOR(Area.NONE, false, false),
    /** fills the annual report of one complex */
    OPERATOR(Area.COMPLEX, false, true),
    /** reviews reports of complexes in one county */
    COUNTY_OFFICIAL(Area.COUNTY, true, true),
    /** reviews, assigns experts and decides, for one city */
    MUNICIPAL_OFFICIAL(Area.CITY, true, true),
    /**
     * reviews for one province (scope: its six-digit code, e.g. 330000), in a step an administrator's BPMN routes to
     * the group {@code province:<code>}
     */
    PROVINCIAL_OFFICIAL(Area.PROVINCE, true, true),
    /** scores reports assigned to them */
    EXPERT(Area.NONE, false, true);

    private final Area area;
    private final boolean official;
    private final boolean programme;

    Role(Area area, boolean official, boolean programme) {
        this.area = area;
        this.official = official;
        this.programme = programme;
    }

    /** What kind of place the holders' scope code names. */
    public Area area() {
        return area;
    }

    /**
     * The officials of a county, a city or a province: they review in a group they share (and so claim tasks), read
     * the expert roster, and see a decided grade before it is published.
     */
    public boolean isOfficial() {
        return official;
    }

    /**
     * Takes part in the programme (registry, reports, appraisal). The security and audit administrators do not: the
     * three separated duties (三员分立) give them accounts and the audit trail, and nothing of the programme's data.
     */
    public boolean inProgramme() {
        return programme;
    }
}
