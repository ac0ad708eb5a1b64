/**
 * Read and write access to the registry as records; no entity leaves the module. {@link
 * org.innocomplex.registry.api.ActorScope} is what an actor covers (county, city, province, every place), the one
 * answer every module and page asks instead of looking at the role.
 */
package org.innocomplex.registry.api;
