/** {@code units}. */
package org.branchdesk.cli.units;
