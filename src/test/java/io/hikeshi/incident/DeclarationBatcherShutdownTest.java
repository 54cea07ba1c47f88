package io.hikeshi.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Shutdown answers the declarations still waiting at once, instead of leaving them to their 60 s patience. */
@Tag("no-database")
class DeclarationBatcherShutdownTest {

    private static final DeclareRequest REQUEST = new DeclareRequest("command:t1", "Checkout down", null, null,
            false, "UDECLARER", "CORIGIN");

    @Test
    void aDeclarationWaitingWhenShutdownBeginsIsRefusedAtOnce() {
        // The writer is not started, as when it has already stopped: nothing will take the declaration.
        DeclarationBatcher batcher = new DeclarationBatcher(null);
        CompletableFuture<Declaration> waiting = CompletableFuture.supplyAsync(() -> batcher.declare(REQUEST, null));

        batcher.stop(null);

        // Well inside the 60 s a declaration waits for the database; before the fix it waited all of them.
        assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(RestartingException.class)
                .hasMessage("hikeshi is restarting, try again in a moment");
    }

    @Test
    void afterShutdownADeclarationIsRefusedWithoutQueueing() {
        DeclarationBatcher batcher = new DeclarationBatcher(null);
        batcher.stop(null);

        assertThatThrownBy(() -> batcher.declare(REQUEST, null)).isInstanceOf(RestartingException.class);
        assertThat(RestartingException.MESSAGE).contains("try again");
    }
}
