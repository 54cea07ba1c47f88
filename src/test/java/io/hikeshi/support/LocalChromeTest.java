package io.hikeshi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("no-database")
class LocalChromeTest {

    @TempDir
    Path dir;

    @Test
    void chromeBinWinsOverThePath() throws IOException {
        Path chosen = executable("my-chrome");
        Path onPath = executable("bin/google-chrome");
        Path driver = executable("drivers/chromedriver");

        LocalChrome chrome = LocalChrome.find(Map.of("CHROME_BIN", chosen.toString(),
                "CHROMEDRIVER_BIN", driver.toString(), "PATH", onPath.getParent().toString())).orElseThrow();

        assertThat(chrome.browser()).isEqualTo(chosen);
        assertThat(chrome.driver()).contains(driver);
    }

    @Test
    void findsChromeAndItsDriverOnThePath() throws IOException {
        Path chromium = executable("bin/chromium");
        Path driver = executable("other/chromedriver");

        LocalChrome chrome = LocalChrome.find(Map.of("PATH",
                dir.resolve("empty") + File.pathSeparator + chromium.getParent() + File.pathSeparator
                        + driver.getParent())).orElseThrow();

        assertThat(chrome.browser()).isEqualTo(chromium);
        assertThat(chrome.driver()).contains(driver);
    }

    @Test
    void aFileThatIsNotExecutableIsNotABrowser() throws IOException {
        Path plain = Files.createDirectories(dir.resolve("bin")).resolve("chromium");
        Files.writeString(plain, "not a program");

        Path missing = dir.resolve("missing");

        assertThat(LocalChrome.find(Map.of("PATH", plain.getParent().toString(), "CHROME_BIN", missing.toString()))
                .map(LocalChrome::browser).filter(found -> found.equals(plain) || found.equals(missing))).isEmpty();
    }

    private Path executable(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        assertThat(file.toFile().setExecutable(true)).isTrue();
        return file;
    }
}
