/** {@code import}, {@code export} and {@code template}, for every kind of sheet. */
package org.branchdesk.cli.importing;
