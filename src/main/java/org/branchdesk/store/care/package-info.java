/** Care's repositories (to come): funds, payments, supplies, commendations, member development. */
package org.branchdesk.store.care;
