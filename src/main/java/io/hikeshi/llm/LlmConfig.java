package io.hikeshi.llm;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The OpenAI-compatible chat endpoint LLM features use; they are off until a base URL and a model are set. */
@ConfigMapping(prefix = "hikeshi.llm")
public interface LlmConfig {

    /** Base URL of an OpenAI-compatible API, e.g. https://api.openai.com/v1 or http://localhost:11434/v1 (LLM_BASE_URL). */
    Optional<String> baseUrl();

    /** API key, sent as a bearer token; local servers usually need none (LLM_API_KEY). */
    Optional<String> apiKey();

    /** Model name, e.g. gpt-4o-mini or llama3.1:8b (LLM_MODEL). */
    Optional<String> model();

    /** How long one model call may take, its retries included, before the fallback is used. */
    @WithDefault("60s")
    Duration timeout();

    /** Extra attempts after a failed call (network error, 429, 5xx), made only within the timeout. */
    @WithDefault("1")
    int maxRetries();

    /** Tokens one request may use, prompt and answer together: the context window of the model, or less. */
    @WithDefault("6000")
    int contextBudgetTokens();

    /** Tokens reserved for the answer within the budget. */
    @WithDefault("1000")
    int maxOutputTokens();

    /** Characters per token used to estimate prompt size; lower is more conservative (English is about 4). */
    @WithDefault("3")
    double charsPerToken();

    /** Sampling temperature; low keeps summaries close to the transcript. */
    @WithDefault("0.1")
    double temperature();

    /** Ask for a JSON object (response_format); turn off for servers that reject it. */
    @WithDefault("true")
    boolean jsonMode();

    /**
     * Model calls that may wait for an answer at once, across the app (a catch-up's chunks and merges); 1 sends them
     * one after another, which suits a single local model server.
     */
    @WithDefault("4")
    int parallelCalls();

    /** Whether an LLM is configured at all. */
    default boolean enabled() {
        return baseUrl().filter(url -> !url.isBlank()).isPresent() && model().filter(m -> !m.isBlank()).isPresent();
    }
}
