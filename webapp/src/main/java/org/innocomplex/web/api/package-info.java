/**
 * The REST API under {@code /api/v1}: thin JAX-RS resources over the modules' {@code api} services (which check the
 * {@link org.innocomplex.access.api.Actor} on every object, so the API authorizes exactly as the screens do), HTTP
 * Basic against the same users, and every refusal as an RFC 9457 problem whose {@code code} is the bundle key.
 */
package org.innocomplex.web.api;
