/** The accounts' commands: {@code user add|passwd|list|role|disable|enable|unlock|recover}. */
package org.branchdesk.cli.accounts;
