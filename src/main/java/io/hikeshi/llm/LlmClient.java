package io.hikeshi.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.http.HttpTimeoutException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * One chat completion against the configured OpenAI-compatible endpoint, with no tools. Everything sent is first
 * stripped of hidden characters and redacted ({@link Redactor}); prompts, answers and keys are never logged.
 * Failures come back as an {@link LlmException} whose reason can be shown to users. The configured timeout bounds
 * the whole wait, retries included: a retry is made only within what is left of it.
 */
@ApplicationScoped
public class LlmClient {

    private static final Logger LOG = Logger.getLogger(LlmClient.class);

    private final LlmConfig config;
    private final MeterRegistry registry;
    private final Optional<ChatModel> model;
    private final TokenBudget budget;
    private final AtomicInteger threads = new AtomicInteger();
    // Each request waits on a thread of its own, so the caller can stop waiting at the deadline whatever the client does.
    private final ExecutorService requests = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "llm-request-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    LlmClient(LlmConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
        this.budget = new TokenBudget(config.contextBudgetTokens(), config.maxOutputTokens(), config.charsPerToken());
        this.model = config.enabled() ? Optional.of(build(config)) : Optional.empty();
    }

    private static ChatModel build(LlmConfig config) {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .baseUrl(config.baseUrl().orElseThrow())
                // Local servers (Ollama, vLLM, LM Studio) take any key; the client insists on one.
                .apiKey(config.apiKey().filter(key -> !key.isBlank()).orElse("none"))
                .modelName(config.model().orElseThrow())
                .timeout(config.timeout())
                // Retries are ours, within the deadline (LlmClient#ask); the client's own would add a whole timeout each.
                .maxRetries(0)
                .maxTokens(config.maxOutputTokens())
                .temperature(config.temperature())
                .logRequests(false)
                .logResponses(false);
        if (config.jsonMode()) {
            builder.responseFormat(ResponseFormat.JSON);
        }
        return builder.build();
    }

    /** Whether an LLM is configured; when not, {@link #complete} always fails with NOT_CONFIGURED. */
    public boolean available() {
        return model.isPresent();
    }

    /** The size limits every request must respect, and the token estimate to check them with. */
    public TokenBudget budget() {
        return budget;
    }

    /** An answer, and how long the endpoint took to give it (for telling model time from our own). */
    public record Answer(String text, long modelNanos) {
    }

    /**
     * Sends the instructions and the (untrusted) input as a system and a user message and returns the answer text.
     * The input is cleaned and redacted here, so callers cannot forget to.
     */
    public String complete(String instructions, String untrustedInput) throws LlmException {
        return ask(instructions, untrustedInput).text();
    }

    /** {@link #complete}, also telling how long the model took. */
    public Answer ask(String instructions, String untrustedInput) throws LlmException {
        if (model.isEmpty()) {
            throw new LlmException(LlmException.Kind.NOT_CONFIGURED, "no LLM is configured");
        }
        String input = Redactor.redactVisible(untrustedInput);
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from(instructions), UserMessage.from(input))
                .build();
        long start = System.nanoTime();
        long deadline = start + config.timeout().toNanos();
        for (int attempt = 1; ; attempt++) {
            Future<ChatResponse> call = requests.submit(() -> model.get().chat(request));
            try {
                String text = call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).aiMessage()
                        .text();
                count("ok");
                if (text == null || text.isBlank()) {
                    throw new LlmException(LlmException.Kind.GARBAGE, "the model gave an empty answer");
                }
                return new Answer(text, System.nanoTime() - start);
            } catch (TimeoutException e) {
                call.cancel(true);
                throw failed(timedOut(attempt), e);
            } catch (InterruptedException e) {
                // Cancelled because another call of the same catch-up failed (LlmCallPool): not the model's fault.
                call.cancel(true);
                Thread.currentThread().interrupt();
                count("cancelled");
                throw new LlmException(LlmException.Kind.ERROR, "the call was cancelled");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                LlmException failure = classify(cause);
                if (!retryable(failure, cause) || attempt > config.maxRetries() || System.nanoTime() >= deadline) {
                    throw failed(failure.kind() == LlmException.Kind.TIMEOUT ? timedOut(attempt) : failure, cause);
                }
                LOG.infof("LLM call failed: %s (%s); retrying within the time left", failure.reason(),
                        cause.getClass().getSimpleName());
            }
        }
    }

    private LlmException timedOut(int attempts) {
        return new LlmException(LlmException.Kind.TIMEOUT, "the model did not answer within "
                + readable(config.timeout()) + (attempts > 1 ? " (" + attempts + " attempts)" : ""));
    }

    private LlmException failed(LlmException failure, Throwable cause) {
        count(failure.kind().name().toLowerCase(java.util.Locale.ROOT));
        // The exception's own message may quote the response body; log only its type and our reason.
        LOG.warnf("LLM call failed: %s (%s)", failure.reason(), cause.getClass().getSimpleName());
        return failure;
    }

    /** A network error, a rate limit or a server error may pass; a refused request or key will not. */
    private static boolean retryable(LlmException failure, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http) {
                return http.statusCode() == 429 || http.statusCode() >= 500;
            }
        }
        return failure.kind() == LlmException.Kind.ERROR;
    }

    static String readable(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }

    private LlmException classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof dev.langchain4j.exception.TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof SocketTimeoutException) {
                return new LlmException(LlmException.Kind.TIMEOUT, "the model did not answer within "
                        + readable(config.timeout()));
            }
            if (t instanceof HttpException http) {
                return new LlmException(LlmException.Kind.ERROR, "the model endpoint answered HTTP "
                        + http.statusCode());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new LlmException(LlmException.Kind.ERROR, "the model endpoint could not be reached or failed ("
                + e.getClass().getSimpleName() + ")");
    }

    @PreDestroy
    void stop() {
        requests.shutdownNow();
    }

    private void count(String outcome) {
        Counter.builder("hikeshi.llm.calls").description("Model calls, by outcome").tag("outcome", outcome)
                .register(registry).increment();
    }
}
