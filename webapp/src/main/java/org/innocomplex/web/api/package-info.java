/**
 * The REST API under {@code /api/v1}: thin JAX-RS resources over the modules' {@code api} services (which check the
 * {@link org.innocomplex.access.api.Actor} on every object, so the API authorizes exactly as the screens do), the
 * same users' personal API tokens ({@code Authorization: Bearer}, never a cookie or Basic), cross-site requests
 * refused ({@link org.innocomplex.web.api.CrossSiteGuard}), and every refusal as an RFC 9457 problem whose
 * {@code code} is the bundle key.
 */
package org.innocomplex.web.api;
