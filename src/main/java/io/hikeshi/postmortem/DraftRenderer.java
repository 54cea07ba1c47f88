package io.hikeshi.postmortem;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Renders a postmortem draft: the facts from the database, the narrative from the {@link NarrativeDrafter}, in the
 * template chosen for the incident's severity. A template that fails is reported and the built-in default is used.
 */
@ApplicationScoped
class DraftRenderer {

    private static final Logger LOG = Logger.getLogger(DraftRenderer.class);

    /**
     * A rendered draft.
     *
     * @param problem         why the chosen template could not be used (the built-in default was), or null
     * @param narrativeProblem why the written sections are prompts although a language model is configured, or null
     */
    record Draft(String markdown, String template, TemplateProblem problem, String narrativeProblem) {
    }

    private final FactsReader facts;
    private final NarrativeDrafter drafter;
    private final PostmortemTemplates templates;
    private final PostmortemConfig config;
    private final Clock clock;

    DraftRenderer(FactsReader facts, NarrativeDrafter drafter, PostmortemTemplates templates, PostmortemConfig config,
                  Clock clock) {
        this.facts = facts;
        this.drafter = drafter;
        this.templates = templates;
        this.config = config;
        this.clock = clock;
    }

    Draft render(long incidentId, int version, String link) {
        PostmortemFacts base = facts.read(incidentId);
        Narrative narrative = narrative(incidentId, base);
        PostmortemTemplates.Lookup chosen = templates.find(templateFor(base.incident().severity()))
                .or(() -> templates.find(config.defaultTemplate()))
                .orElseGet(templates::builtIn);
        TemplateProblem problem = chosen.problem();
        String narrativeProblem = narrative.failed() ? narrative.source() : null;
        if (chosen.usable()) {
            try {
                return new Draft(render(chosen, base, narrative, version, link), chosen.name(), null,
                        narrativeProblem);
            } catch (TemplateException e) {
                problem = PostmortemTemplates.problem(chosen.file(), e);
                LOG.warnf("Postmortem template %s failed for incident %d: %s", chosen.file(), incidentId,
                        problem.describe());
            }
        }
        PostmortemTemplates.Lookup fallback = templates.builtIn();
        return new Draft(render(fallback, base, narrative, version, link), fallback.name(), problem,
                narrativeProblem);
    }

    /** The template set for the severity, else one named after it (sev1.md), else the configured default. */
    private String templateFor(String severity) {
        String configured = config.severityTemplates().get(severity);
        if (configured != null) {
            return configured;
        }
        String named = severity.toLowerCase(Locale.ROOT);
        return templates.exists(named) ? named : config.defaultTemplate();
    }

    private Narrative narrative(long incidentId, PostmortemFacts base) {
        try {
            return drafter.draft(new NarrativeDrafter.Input(incidentId, base.incident(), base.durations(),
                    base.timeline(), base.actionItems()));
        } catch (RuntimeException e) {
            LOG.warnf("Drafting the narrative of incident %d failed (%s); the sections are prompts", incidentId,
                    e.getClass().getSimpleName());
            return Narrative.failed("Drafting the written sections failed, so they are prompts for people.");
        }
    }

    private String render(PostmortemTemplates.Lookup template, PostmortemFacts base, Narrative narrative, int version,
                          String link) {
        PostmortemFacts.Generated generated = new PostmortemFacts.Generated(FactsReader.at(clock.instant()), version,
                template.name(), link);
        return fill(template.template(), new PostmortemFacts(base.incident(), base.durations(), base.roles(),
                base.roleHistory(), base.participants(), base.timeline(), base.actionItems(), base.checklists(),
                narrative, generated, base.alerts()));
    }

    /** Renders a template with the facts, under the names documented for template authors. */
    static String fill(Template template, PostmortemFacts facts) {
        return template.instance()
                .data("incident", facts.incident())
                .data("durations", facts.durations())
                .data("roles", facts.roles())
                .data("roleHistory", facts.roleHistory())
                .data("participants", facts.participants())
                .data("timeline", facts.timeline())
                .data("actionItems", facts.actionItems())
                .data("checklists", facts.checklists())
                .data("alerts", facts.alerts())
                .data("narrative", facts.narrative())
                .data("generated", facts.generated())
                .render().strip() + "\n";
    }
}
