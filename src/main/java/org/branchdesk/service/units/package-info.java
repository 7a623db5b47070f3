/** Property companies and resident units. */
package org.branchdesk.service.units;
