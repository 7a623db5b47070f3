/**
 * Leadership (to come): committees, elections and appointments, terms and renewals; the leaders
 * importer; the renewal watch.
 */
package org.branchdesk.service.leadership;
