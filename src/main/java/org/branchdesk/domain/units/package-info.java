/** Units: property companies and resident units, with their party organizations. */
package org.branchdesk.domain.units;
