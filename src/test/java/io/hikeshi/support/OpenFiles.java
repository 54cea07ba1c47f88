package io.hikeshi.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What this JVM holds open (Linux /proc): file descriptors, and the connections a local server port has accepted. */
public final class OpenFiles {

    private static final String ESTABLISHED = "01";

    private OpenFiles() {
    }

    /** Open file descriptors of this process; -1 where /proc is not available. */
    public static int descriptors() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.count();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Established connections whose local end is {@code port}: the server's side of every open connection. */
    public static int serverConnections(int port) {
        String hexPort = ":%04X".formatted(port);
        int count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] columns = line.trim().split("\\s+");
                    if (columns.length > 3 && columns[1].endsWith(hexPort) && columns[3].equals(ESTABLISHED)) {
                        count++;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // No such table on this machine: count what the other one holds.
            }
        }
        return count;
    }

    /** Samples both figures in the background and keeps the peaks, until closed. */
    public static final class PeakSampler implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile int peakDescriptors;
        private volatile int peakConnections;

        public PeakSampler(int port) {
            thread = new Thread(() -> {
                while (running) {
                    peakDescriptors = Math.max(peakDescriptors, descriptors());
                    peakConnections = Math.max(peakConnections, serverConnections(port));
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "peak-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        public int peakDescriptors() {
            return peakDescriptors;
        }

        public int peakConnections() {
            return peakConnections;
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
        }
    }
}
