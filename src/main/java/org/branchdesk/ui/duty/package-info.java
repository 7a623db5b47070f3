/**
 * The duty section (值班服务) of the window: one sidebar entry whose pages are tabs, listed in {@code
 * DutyPages}: the people register (人员) and the teams (队伍) so far; the week's roster, availability,
 * reporting members, assistance and cadres' areas each come as one more page there.
 */
package org.branchdesk.ui.duty;
