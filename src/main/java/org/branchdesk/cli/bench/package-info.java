/** {@code bench}: start-up, registers and printing timed on generated data. */
package org.branchdesk.cli.bench;
