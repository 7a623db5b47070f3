/** {@code coverage}. */
package org.branchdesk.cli.coverage;
