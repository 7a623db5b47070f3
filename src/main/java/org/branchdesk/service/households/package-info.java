/** Buildings and households of compounds; the households importer. */
package org.branchdesk.service.households;
