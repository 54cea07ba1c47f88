package io.hikeshi.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds Chrome or Chromium, and its chromedriver, where people have them: {@code CHROME_BIN} and
 * {@code CHROMEDRIVER_BIN}, the {@code PATH}, Debian's packages, the macOS application folders.
 */
public record LocalChrome(Path browser, Optional<Path> driver) {

    /** How to get a browser for the test, said when none is found. */
    public static final String HOW_TO_RUN = "install Chromium (Debian/Ubuntu: apt-get install chromium chromium-driver;"
            + " macOS: Google Chrome or Chromium in /Applications) or point CHROME_BIN (and CHROMEDRIVER_BIN) at one";

    static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable", "chrome");
    static final List<Path> BROWSER_PLACES = List.of(Path.of("/usr/bin/chromium"),
            Path.of("/usr/lib/chromium/chromium"), Path.of("/snap/bin/chromium"),
            Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
            Path.of("/Applications/Chromium.app/Contents/MacOS/Chromium"),
            Path.of("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe"));
    static final List<Path> DRIVER_PLACES = List.of(Path.of("/usr/bin/chromedriver"),
            Path.of("/usr/lib/chromium/chromedriver"), Path.of("/usr/lib/chromium-browser/chromedriver"));

    /** The browser on this machine, if any. */
    public static Optional<LocalChrome> find() {
        return find(System.getenv());
    }

    static Optional<LocalChrome> find(Map<String, String> env) {
        List<Path> path = searchPath(env);
        return firstExecutable(Stream.concat(
                named(env, "CHROME_BIN"),
                Stream.concat(BROWSER_NAMES.stream().flatMap(name -> onPath(path, name)), BROWSER_PLACES.stream())))
                .map(browser -> new LocalChrome(browser, firstExecutable(Stream.concat(named(env, "CHROMEDRIVER_BIN"),
                        Stream.concat(onPath(path, "chromedriver"), DRIVER_PLACES.stream())))));
    }

    /** Whether a missing browser fails the build ({@code HIKESHI_BROWSER_TEST=required}, as CI sets it). */
    public static boolean required() {
        return "required".equalsIgnoreCase(System.getenv().getOrDefault("HIKESHI_BROWSER_TEST", ""));
    }

    private static Stream<Path> named(Map<String, String> env, String variable) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? Stream.empty() : Stream.of(Path.of(value.strip()));
    }

    private static List<Path> searchPath(Map<String, String> env) {
        List<Path> dirs = new ArrayList<>();
        for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                dirs.add(Path.of(dir));
            }
        }
        return dirs;
    }

    private static Stream<Path> onPath(List<Path> path, String name) {
        return path.stream().flatMap(dir -> Stream.of(dir.resolve(name), dir.resolve(name + ".exe")));
    }

    private static Optional<Path> firstExecutable(Stream<Path> candidates) {
        return candidates.filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }
}
