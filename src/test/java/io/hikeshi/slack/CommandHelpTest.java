package io.hikeshi.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The help text follows its one order, shows a shared line once, and cannot forget or invent a subcommand. */
@Tag("no-database")
class CommandHelpTest {

    @Test
    void linesFollowTheOrderAndSharedLinesShowOnce() {
        List<Subcommand> all = new ArrayList<>(CommandHelp.ORDER.stream()
                .map(name -> fake(name, name.equals("scribe") || name.equals("role") ? "commander" : name)).toList());
        Collections.reverse(all);
        List<String> lines = new CommandHelp(all).lines("/incident");
        assertThat(lines).first().isEqualTo("usage of declare");
        assertThat(lines).containsOnlyOnce("usage of commander").doesNotContain("usage of scribe");
        assertThat(lines).last().isEqualTo("`/incident help` — this help");
        assertThat(lines.indexOf("usage of status")).isLessThan(lines.indexOf("usage of postmortem"));
        assertThat(lines).hasSize(CommandHelp.ORDER.size() - 2 + 1);
    }

    @Test
    void aSubcommandMissingFromTheOrderStopsTheStart() {
        List<Subcommand> all = new ArrayList<>(CommandHelp.ORDER.stream().map(name -> fake(name, name)).toList());
        all.add(fake("frobnicate", "frobnicate"));
        assertThatThrownBy(() -> new CommandHelp(all)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not listed [frobnicate]");
    }

    @Test
    void aListedNameWithoutSubcommandStopsTheStart() {
        List<Subcommand> all = new ArrayList<>(CommandHelp.ORDER.stream().filter(name -> !name.equals("reopen"))
                .map(name -> fake(name, name)).toList());
        assertThatThrownBy(() -> new CommandHelp(all)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("listed but missing [reopen]");
    }

    private static Subcommand fake(String name, String usageOf) {
        return new Subcommand() {
            @Override
            public List<String> names() {
                return List.of(name);
            }

            @Override
            public List<String> usage(String command) {
                return List.of("usage of " + usageOf);
            }

            @Override
            public Response handle(CommandCall call, SlashCommandContext ctx) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
