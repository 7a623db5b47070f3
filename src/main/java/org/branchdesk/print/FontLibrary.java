package org.branchdesk.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.branchdesk.domain.common.UserError;

/**
 * The fonts documents are printed with, found once per process: the Windows system fonts (仿宋
 * simfang, 宋体 simsun with simsunb for rare characters, 黑体 simhei, 楷体 simkai, 方正小标宋 when installed)
 * first, then the Noto Sans SC faces shipped beside the application, then every font in the folders
 * the user names. Only fonts with TrueType outlines are used: PDFBox embeds those as subsets. Fonts
 * are parsed lazily and kept open until the library is closed (with the office); a closed library
 * opens no font again.
 */
public final class FontLibrary implements AutoCloseable {
    /** Stands for the first font of a collection whose names are not known in advance. */
    static final String FIRST_IN_COLLECTION = "*";

    /** A font file (or a face of a collection) that can serve a face. */
    record Source(Path file, String collectionName) {}

    private final Map<Face, List<Source>> candidates;
    private final List<Source> fallbacks;
    private final Map<Source, TrueTypeFont> loaded = new LinkedHashMap<>();
    private final List<AutoCloseable> open = new ArrayList<>();
    private final Map<Face, List<TrueTypeFont>> chains = new EnumMap<>(Face.class);
    private boolean closed;

    static {
        // PDFBox compresses page contents at zlib's default level; the fastest level halves the
        // time of a 500-page ledger for about 15 % more bytes (still well under 2 MB). A level the
        // user set on the command line wins.
        if (System.getProperty("org.apache.pdfbox.filter.deflatelevel") == null) {
            System.setProperty("org.apache.pdfbox.filter.deflatelevel", "1");
        }
    }

    FontLibrary(Map<Face, List<Source>> candidates, List<Source> fallbacks) {
        this.candidates = candidates;
        this.fallbacks = fallbacks;
    }

    /**
     * Finds the fonts: Windows' folder ({@code %WINDIR%\Fonts}), then each of {@code userDirs},
     * then {@code bundledDir} (NotoSansSC-Regular.ttf and NotoSansSC-Bold.ttf).
     */
    public static FontLibrary discover(Path bundledDir, List<Path> userDirs) {
        Map<Face, List<Source>> faces = new EnumMap<>(Face.class);
        for (Face f : Face.values()) {
            faces.put(f, new ArrayList<>());
        }
        List<Source> fallbacks = new ArrayList<>();
        // Windows' fonts, for all users and (installed without administrator rights) for this one
        List<Path> dirs = new ArrayList<>();
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            dirs.add(Path.of(windir, "Fonts"));
        }
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) {
            dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        for (Path dir : dirs) {
            Map<String, Path> files = filesIn(dir);
            add(faces.get(Face.FANGSONG), files, "simfang.ttf", null);
            add(faces.get(Face.FANGSONG), files, "fzfsjw.ttf", null);
            add(faces.get(Face.SONG), files, "simsun.ttc", "SimSun");
            add(faces.get(Face.SONG), files, "simsun.ttf", null);
            add(faces.get(Face.HEI), files, "simhei.ttf", null);
            add(faces.get(Face.KAI), files, "simkai.ttf", null);
            add(faces.get(Face.KAI), files, "fzktjw.ttf", null);
            add(faces.get(Face.XIAOBIAOSONG), files, "fzxbsjw.ttf", null);
            add(faces.get(Face.XIAOBIAOSONG), files, "fzxbsjw--gb1-0.ttf", null);
            add(fallbacks, files, "simsunb.ttf", null);
            add(fallbacks, files, "simsun.ttc", "SimSun");
        }
        // 小标宋 is often missing: 黑体 is closer to it than a Song face
        Path regular = bundledDir.resolve("NotoSansSC-Regular.ttf");
        Path bold = bundledDir.resolve("NotoSansSC-Bold.ttf");
        for (Face f : Face.values()) {
            boolean strong = f == Face.HEI || f == Face.XIAOBIAOSONG;
            if (f == Face.XIAOBIAOSONG) {
                faces.get(f).addAll(faces.get(Face.HEI));
            }
            Path shipped = strong ? bold : regular;
            if (Files.isRegularFile(shipped)) {
                faces.get(f).add(new Source(shipped, null));
            }
        }
        if (Files.isRegularFile(regular)) {
            fallbacks.add(new Source(regular, null));
        }
        // then every font in the folders the user names, for characters the others lack
        for (Path dir : userDirs) {
            for (Path file : filesIn(dir).values()) {
                String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (n.endsWith(".ttf") || n.endsWith(".otf")) {
                    fallbacks.add(new Source(file, null));
                } else if (n.endsWith(".ttc")) {
                    fallbacks.add(new Source(file, FIRST_IN_COLLECTION));
                }
            }
        }
        return new FontLibrary(faces, fallbacks);
    }

    private static Map<String, Path> filesIn(Path dir) {
        Map<String, Path> files = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> list = Files.list(dir)) {
            list.forEach(p -> files.put(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
        } catch (IOException e) {
            // an unreadable folder offers no fonts; the next one may
        }
        return files;
    }

    private static void add(
            List<Source> to, Map<String, Path> files, String name, String collectionName) {
        Path p = files.get(name);
        if (p != null) {
            to.add(new Source(p, collectionName));
        }
    }

    /**
     * The fonts to try for {@code face}, best first, then the fallbacks for rare characters.
     * Refused when no font at all is available.
     */
    synchronized List<TrueTypeFont> chain(Face face) {
        List<TrueTypeFont> chain = chains.get(face);
        if (chain != null) {
            return chain;
        }
        List<TrueTypeFont> fonts = new ArrayList<>();
        List<Source> sources = new ArrayList<>(candidates.get(face));
        sources.addAll(fallbacks);
        for (Source s : sources) {
            TrueTypeFont ttf = load(s);
            if (ttf != null && !fonts.contains(ttf)) {
                fonts.add(ttf);
            }
        }
        if (fonts.isEmpty()) {
            throw new UserError("error.print.noFont");
        }
        chain = List.copyOf(fonts);
        chains.put(face, chain);
        return chain;
    }

    /** Which file serves each face (for the documents screen and the logs). */
    public synchronized Map<Face, String> describe() {
        Map<Face, String> out = new EnumMap<>(Face.class);
        for (Face f : Face.values()) {
            List<Source> s = candidates.get(f);
            out.put(f, s.isEmpty() ? "" : s.get(0).file().getFileName().toString());
        }
        return out;
    }

    private TrueTypeFont load(Source s) {
        if (closed) {
            throw new IllegalStateException(
                    "the fonts are closed"); // a late warm-up: nothing to open
        }
        if (loaded.containsKey(s)) {
            return loaded.get(s);
        }
        TrueTypeFont ttf = null;
        try {
            if (s.collectionName() != null) {
                TrueTypeCollection ttc = new TrueTypeCollection(s.file().toFile());
                open.add(ttc);
                if (FIRST_IN_COLLECTION.equals(s.collectionName())) {
                    TrueTypeFont[] first = new TrueTypeFont[1];
                    ttc.processAllFonts(
                            f -> {
                                if (first[0] == null) {
                                    first[0] = f;
                                }
                            });
                    ttf = first[0];
                } else {
                    ttf = ttc.getFontByName(s.collectionName());
                }
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(s.file().toFile()));
                open.add(ttf);
            }
            if (ttf != null) {
                if (!ttf.getTableMap().containsKey("glyf")) {
                    ttf = null; // CFF outlines: PDFBox cannot embed them
                } else {
                    // Chinese needs no glyph substitution, and PDFBox's GSUB step is slow
                    ttf.setEnableGsub(false);
                }
            }
        } catch (IOException | RuntimeException e) {
            ttf = null; // a damaged or unsupported font: the next candidate serves
        }
        loaded.put(s, ttf);
        return ttf;
    }

    /** Whether a font has a glyph for a code point. */
    static boolean has(TrueTypeFont ttf, int codePoint) {
        try {
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            return cmap != null && cmap.getGlyphId(codePoint) != 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (AutoCloseable c : open) {
            try {
                c.close();
            } catch (Exception e) {
                // closing at exit: nothing more to do
            }
        }
        open.clear();
        loaded.clear();
        chains.clear();
    }
}
