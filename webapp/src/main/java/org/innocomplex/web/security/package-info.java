/**
 * What every HTTP answer carries whoever produced it: the Content-Security-Policy (PrimeFaces' CSP mode adds the
 * request's nonce on pages), nosniff, the referrer policy, no caching of anything but static resources, HSTS over
 * TLS, and the session cookie's SameSite and Secure attributes ({@code innocomplex.http.secure}).
 */
package org.innocomplex.web.security;
