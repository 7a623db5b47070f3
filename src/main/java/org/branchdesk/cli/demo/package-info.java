/** {@code demo}. */
package org.branchdesk.cli.demo;
