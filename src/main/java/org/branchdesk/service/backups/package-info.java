/** Encrypted daily backups and restore. */
package org.branchdesk.service.backups;
