package org.branchdesk.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (absent when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = RootCommand.class.getPackage().getImplementationVersion();
        return new String[] {"BranchDesk " + (v == null ? "dev" : v)};
    }
}
