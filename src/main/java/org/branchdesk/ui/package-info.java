/**
 * The window: one package per screen with its View and ViewModel; {@code shell} holds the frame and
 * the registry of screens ({@code Screens}); {@code common} what every screen shares.
 */
package org.branchdesk.ui;
