/**
 * Duty and service (to come): the people register and its importer, teams, rosters and their
 * auto-fill, assistance pairings, cadres' areas.
 */
package org.branchdesk.service.duty;
