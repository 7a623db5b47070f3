/**
 * The command line (picocli), noun then verb: {@code RootCommand} and what every command shares;
 * one package per capability holds its commands.
 */
package org.branchdesk.cli;
