/** Coverage of compounds by branches, and what the rules suggest for each. */
package org.branchdesk.service.coverage;
