package org.branchdesk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a second start of the window hand its arguments to the window that already holds the office.
 * The running window listens on a loopback port written, with a random token, to {@code
 * instance.properties} in the data folder; only a process that can read that folder can talk to it.
 */
public final class InstanceChannel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceChannel.class);
    static final String FILE = "instance.properties";
    private static final String OK = "OK";

    private final ServerSocket server;
    private final Path file;

    private InstanceChannel(ServerSocket server, Path file) {
        this.server = server;
        this.file = file;
    }

    /** Starts listening; {@code receiver} gets each list of arguments on a background thread. */
    public static InstanceChannel listen(Path dataDir, Consumer<List<String>> receiver)
            throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Properties p = new Properties();
        p.setProperty("port", Integer.toString(server.getLocalPort()));
        p.setProperty("token", token);
        Path file = dataDir.resolve(FILE);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "BranchDesk window of this office");
        }
        Thread t = new Thread(() -> serve(server, token, receiver), "instance-channel");
        t.setDaemon(true);
        t.start();
        return new InstanceChannel(server, file);
    }

    private static void serve(ServerSocket server, String token, Consumer<List<String>> receiver) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(5000);
                BufferedReader in =
                        new BufferedReader(
                                new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                if (!token.equals(in.readLine())) {
                    continue;
                }
                List<String> args = new ArrayList<>();
                for (String line = in.readLine();
                        line != null && !line.isEmpty();
                        line = in.readLine()) {
                    args.add(line);
                }
                Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                out.write(OK + "\n");
                out.flush();
                receiver.accept(args);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("instance channel: {}", e.toString());
                }
            }
        }
    }

    /**
     * Sends arguments to the running window of the office in {@code dataDir}; returns {@code true}
     * when it took them.
     */
    public static boolean handOver(Path dataDir, List<String> args) {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(dataDir.resolve(FILE), StandardCharsets.UTF_8)) {
            p.load(r);
            int port = Integer.parseInt(p.getProperty("port"));
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                s.setSoTimeout(5000);
                Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                out.write(p.getProperty("token") + "\n");
                for (String a : args) {
                    out.write(a.replace('\n', ' ') + "\n");
                }
                out.write("\n");
                out.flush();
                String answer =
                        new BufferedReader(
                                        new InputStreamReader(
                                                s.getInputStream(), StandardCharsets.UTF_8))
                                .readLine();
                return OK.equals(answer);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the next window overwrites the file
        }
    }
}
