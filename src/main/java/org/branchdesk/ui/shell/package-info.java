/**
 * The main window's frame: sidebar, content and status bar; {@code Screens} lists every screen as
 * one entry.
 */
package org.branchdesk.ui.shell;
