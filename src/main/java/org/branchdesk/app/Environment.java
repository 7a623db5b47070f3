package org.branchdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where an office's data lives on each operating system. Precedence: the {@code --data-dir} option,
 * then the {@code BRANCHDESK_HOME} environment variable, then the per-user application-data folder
 * of the platform.
 */
public final class Environment {
    public static final String HOME_VARIABLE = "BRANCHDESK_HOME";

    private final String osName;
    private final Map<String, String> env;
    private final String userHome;

    public Environment(String osName, Map<String, String> env, String userHome) {
        this.osName = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        this.env = env;
        this.userHome = userHome;
    }

    public static Environment current() {
        return new Environment(
                System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"));
    }

    /** An environment variable's value, or {@code null}. */
    public String variable(String name) {
        return env.get(name);
    }

    /** The data folder: {@code option} when given, else the variable, else the platform's. */
    public Path dataDir(Path option) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        return platformDataDir();
    }

    /**
     * Windows: {@code %LOCALAPPDATA%\BranchDesk}; macOS: {@code ~/Library/Application
     * Support/BranchDesk}; elsewhere {@code $XDG_DATA_HOME/branchdesk} or {@code
     * ~/.local/share/branchdesk}.
     */
    Path platformDataDir() {
        if (osName.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base =
                    local != null && !local.isBlank()
                            ? Path.of(local)
                            : Path.of(userHome, "AppData", "Local");
            return base.resolve("BranchDesk");
        }
        if (osName.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "BranchDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base =
                xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                        ? Path.of(xdg)
                        : Path.of(userHome, ".local", "share");
        return base.resolve("branchdesk");
    }

    /** The rolling log files of an office. */
    public static Path logDir(Path dataDir) {
        return dataDir.resolve("logs");
    }

    public static Path logFile(Path dataDir) {
        return logDir(dataDir).resolve("branchdesk.log");
    }
}
