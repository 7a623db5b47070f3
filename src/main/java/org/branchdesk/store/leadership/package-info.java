/** Leadership's repositories (to come): committee terms, positions, elections and their steps. */
package org.branchdesk.store.leadership;
