/** {@code ledger}, {@code notice} and {@code verify}. */
package org.branchdesk.cli.documents;
