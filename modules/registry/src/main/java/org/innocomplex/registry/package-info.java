/** Counties, complexes and experts: the registry the appraisal runs over. Other modules use only {@code api}. */
package org.innocomplex.registry;
