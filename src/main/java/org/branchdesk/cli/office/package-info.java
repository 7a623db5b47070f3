/** The office's commands: {@code init}, {@code stats}, {@code privacy}, {@code time-zone}. */
package org.branchdesk.cli.office;
