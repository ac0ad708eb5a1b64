/** Read and write access to the registry as records; no entity leaves the module. */
package org.innocomplex.registry.api;
