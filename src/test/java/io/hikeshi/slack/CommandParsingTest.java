package io.hikeshi.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class CommandParsingTest {

    @Test
    void wordsQuotesAndApostrophes() throws Exception {
        assertThat(CommandTokens.split("declare \"DB down --sev 1\" --sev 2 can't connect"))
                .extracting(CommandTokens.Token::text)
                .containsExactly("declare", "DB down --sev 1", "--sev", "2", "can't", "connect");
        assertThat(CommandTokens.split("declare “Curly quoted” ‘single’"))
                .extracting(CommandTokens.Token::text)
                .containsExactly("declare", "Curly quoted", "single");
        assertThat(CommandTokens.split("   ")).isEmpty();
    }

    @Test
    void anUnclosedQuoteIsReported() {
        assertThatThrownBy(() -> CommandTokens.split("declare \"Checkout down"))
                .isInstanceOf(CommandTokens.UnbalancedQuoteException.class)
                .hasMessageContaining("never closed").hasMessageContaining("Checkout down");
    }

    @Test
    void declareArguments() throws Exception {
        DeclareArguments parsed = DeclareArguments.parse(CommandTokens.split("Checkout API --sev 2 returning 500s --drill"));
        assertThat(parsed).isEqualTo(new DeclareArguments("Checkout API returning 500s", Optional.of("2"), true));
        assertThat(DeclareArguments.parse(CommandTokens.split("--severity=SEV1 Payments")))
                .isEqualTo(new DeclareArguments("Payments", Optional.of("SEV1"), false));
        assertThat(DeclareArguments.parse(CommandTokens.split("\"--sev is part of the title\"")).title())
                .isEqualTo("--sev is part of the title");
        assertThat(DeclareArguments.parse(List.of()).title()).isEmpty();
    }

    @Test
    void badOptionsAreReported() {
        assertThatThrownBy(() -> DeclareArguments.parse(CommandTokens.split("Title --sev")))
                .hasMessageContaining("`--sev` needs a level");
        assertThatThrownBy(() -> DeclareArguments.parse(CommandTokens.split("Title --sev --drill")))
                .hasMessageContaining("`--sev` needs a level");
        assertThatThrownBy(() -> DeclareArguments.parse(CommandTokens.split("Title --owner me")))
                .hasMessageContaining("`--owner`");
    }
}
