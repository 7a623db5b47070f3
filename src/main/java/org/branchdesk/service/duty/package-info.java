/**
 * Duty and service (being built, issue 13): the people register and its importer, teams, rosters
 * and their auto-fill, assistance pairings, cadres' areas.
 */
package org.branchdesk.service.duty;
