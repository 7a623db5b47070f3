/** The units repository. */
package org.branchdesk.store.units;
