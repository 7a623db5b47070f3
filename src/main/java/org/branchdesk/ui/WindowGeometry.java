package org.branchdesk.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Where the main window was and how large, kept per office in {@code window.properties}. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    public static final String FILE = "window.properties";
    public static final WindowGeometry DEFAULT =
            new WindowGeometry(Double.NaN, Double.NaN, 1180, 760, false);

    /**
     * The first window on a screen whose usable area (without the taskbar) is given: as large as it
     * allows, so that no toolbar overflows into » on a clerk's 1600 × 1000 screen. A screen smaller
     * than the default still gets the whole of it.
     */
    public static WindowGeometry filling(double x, double y, double width, double height) {
        return new WindowGeometry(x, y, width, height, false);
    }

    /** Whether this is the default of an office that has never saved its window. */
    public boolean isFirst() {
        return Double.isNaN(x);
    }

    /** Reads the saved geometry; the default when there is none or it is unreadable. */
    public static WindowGeometry load(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            WindowGeometry g =
                    new WindowGeometry(
                            Double.parseDouble(p.getProperty("x")),
                            Double.parseDouble(p.getProperty("y")),
                            Double.parseDouble(p.getProperty("width")),
                            Double.parseDouble(p.getProperty("height")),
                            Boolean.parseBoolean(p.getProperty("maximized")));
            return g.width() >= 400 && g.height() >= 300 ? g : DEFAULT;
        } catch (IOException | RuntimeException e) {
            return DEFAULT;
        }
    }

    public void save(Path dataDir) throws IOException {
        Properties p = new Properties();
        p.setProperty("x", Double.toString(x));
        p.setProperty("y", Double.toString(y));
        p.setProperty("width", Double.toString(width));
        p.setProperty("height", Double.toString(height));
        p.setProperty("maximized", Boolean.toString(maximized));
        Files.createDirectories(dataDir);
        try (Writer w = Files.newBufferedWriter(dataDir.resolve(FILE), StandardCharsets.UTF_8)) {
            p.store(w, "BranchDesk main window");
        }
    }
}
