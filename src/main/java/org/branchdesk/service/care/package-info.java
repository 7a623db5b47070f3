/** Care and incentives (to come): funds, payments, supplies, commendations, member development. */
package org.branchdesk.service.care;
