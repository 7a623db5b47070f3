/**
 * Places: the street's communities, their compounds (小区) and buildings; the tree of places and what
 * makes a compound ownerless (三无小区).
 */
package org.branchdesk.domain.places;
