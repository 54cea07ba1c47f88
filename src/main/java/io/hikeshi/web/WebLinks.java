package io.hikeshi.web;

import io.hikeshi.postmortem.PostmortemLinks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Addresses of the web UI's pages for messages sent elsewhere, from its configured public address. */
@ApplicationScoped
class WebLinks implements PostmortemLinks {

    private final Optional<String> baseUrl;

    WebLinks(WebConfig config) {
        this.baseUrl = config.baseUrl().map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.replaceAll("/+$", ""));
    }

    @Override
    public Optional<String> baseUrl() {
        return baseUrl;
    }
}
