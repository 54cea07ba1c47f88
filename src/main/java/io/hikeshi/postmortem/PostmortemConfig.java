package io.hikeshi.postmortem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Postmortem drafting. Templates live in {@code <hikeshi.templates.dir>/postmortem/}. */
@ConfigMapping(prefix = "hikeshi.postmortem")
public interface PostmortemConfig {

    /** The template (file name without .md) used when the severity has none of its own. */
    @WithDefault("default")
    String defaultTemplate();

    /** Template per severity, e.g. {@code hikeshi.postmortem.severity-templates.SEV1=major}; else {@code sev1.md}. */
    Map<String, String> severityTemplates();
}
