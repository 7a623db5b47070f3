/**
 * Party members: the citizen ID number, the member record, where membership is held and how a
 * member counts ({@code Membership}), and the length of every field.
 */
package org.branchdesk.domain.members;
