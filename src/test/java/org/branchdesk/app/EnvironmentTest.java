package org.branchdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {
    @Test
    void windowsUsesLocalAppData() {
        Environment env =
                new Environment(
                        "Windows 11",
                        Map.of("LOCALAPPDATA", "C:\\Users\\clerk\\AppData\\Local"),
                        "C:\\Users\\clerk");
        assertThat(env.dataDir(null).toString()).endsWith("BranchDesk");
        assertThat(env.platformDataDir())
                .isEqualTo(Path.of("C:\\Users\\clerk\\AppData\\Local").resolve("BranchDesk"));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(
                        new Environment(
                                        "Linux",
                                        Map.of("XDG_DATA_HOME", "/data/xdg"),
                                        "/home/clerk")
                                .dataDir(null))
                .isEqualTo(Path.of("/data/xdg/branchdesk"));
        assertThat(new Environment("Linux", Map.of(), "/home/clerk").dataDir(null))
                .isEqualTo(Path.of("/home/clerk/.local/share/branchdesk"));
        assertThat(
                        new Environment("Linux", Map.of("XDG_DATA_HOME", "relative"), "/home/clerk")
                                .dataDir(null))
                .as("a relative XDG_DATA_HOME is invalid by the spec")
                .isEqualTo(Path.of("/home/clerk/.local/share/branchdesk"));
    }

    @Test
    void optionBeatsVariableBeatsPlatform() {
        Environment env =
                new Environment("Linux", Map.of("BRANCHDESK_HOME", "/srv/office"), "/home/clerk");
        assertThat(env.dataDir(null)).isEqualTo(Path.of("/srv/office"));
        assertThat(env.dataDir(Path.of("/tmp/x"))).isEqualTo(Path.of("/tmp/x"));
    }

    @Test
    void theLaunchersLookAheadFindsTheDataDirOption() {
        assertThat(Launcher.dataDirOption(new String[] {"--data-dir", "/tmp/x", "stats"}))
                .isEqualTo(Path.of("/tmp/x"));
        assertThat(Launcher.dataDirOption(new String[] {"stats", "--data-dir=/tmp/y"}))
                .isEqualTo(Path.of("/tmp/y"));
        assertThat(Launcher.dataDirOption(new String[] {"stats"})).isNull();
    }
}
