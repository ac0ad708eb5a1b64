package org.innocomplex.access.api;

/**
 * Where the current request came from, for the audit trail: the web layer sets it once per request (a servlet
 * filter, and the API's authentication, which runs before the filters) from the address it trusts (proxies
 * included); the access module knows no servlet. Outside a request (a timer, the start-up) there is none.
 */
public interface AuditSource {

    /** the address of the current request's caller, as the web layer determined it */
    void set(String address);
}
