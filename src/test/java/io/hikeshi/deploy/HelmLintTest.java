package io.hikeshi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** `helm lint` (and `helm lint --strict`, where warnings fail) finds nothing wrong with the chart. */
@Tag("no-database")
class HelmLintTest {

    @Test
    void lintIsClean() {
        LintResult result = new Helm(RenderedChart.CHART).lint().call();

        assertThat(result.isFailed()).as("lint failed: %s", result.getMessages()).isFalse();
        assertThat(result.getMessages()).noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]"));
    }

    @Test
    void strictLintIsClean() {
        LintResult result = new Helm(RenderedChart.CHART).lint().strict().call();

        assertThat(result.isFailed()).as("strict lint failed: %s", result.getMessages()).isFalse();
        assertThat(result.getMessages()).noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]"));
    }
}
