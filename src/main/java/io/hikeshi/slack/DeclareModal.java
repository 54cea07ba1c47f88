package io.hikeshi.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import io.hikeshi.chat.ChatException;
import io.hikeshi.incident.DeclaredFrom;
import io.hikeshi.incident.Severities;
import io.hikeshi.incident.SeverityConfig;
import io.hikeshi.input.TextField;
import io.hikeshi.labels.LabelNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The declare form: title, severity (each with its impact), description, services affected, drill, private. */
@ApplicationScoped
class DeclareModal {

    static final String CALLBACK_ID = "hikeshi_declare";
    static final String TITLE = "title";
    static final String SEVERITY = "severity";
    static final String DESCRIPTION = "description";
    static final String SERVICES = "services";
    static final String DRILL = "drill";
    static final String PRIVATE = "private";
    static final String VALUE = "value";

    private final MethodsClient slack;
    private final SlackCalls calls;
    private final Severities severities;

    DeclareModal(MethodsClient slack, SlackCalls calls, Severities severities) {
        this.slack = slack;
        this.calls = calls;
        this.severities = severities;
    }

    /**
     * What the form starts with: filled in from a message a shortcut was used on (which it then declares from) or
     * from an alert's triage message (whose group it then declares for); each field is cut to its limit.
     */
    record Prefill(String title, String severity, String description, DeclaredFrom from, Long alertGroup) {

        static Prefill fromMessage(String title, String description, DeclaredFrom from) {
            return new Prefill(title, null, description, from, null);
        }

        static Prefill fromAlertGroup(String title, String severity, String description, long alertGroup) {
            return new Prefill(title, severity, description, null, alertGroup);
        }
    }

    /** Opens the form at once: the trigger id expires three seconds after the command. */
    void open(String triggerId, String originChannel) throws ChatException {
        open(triggerId, originChannel, null);
    }

    /** Opens the form filled in from {@code prefill} (null for an empty form). */
    void open(String triggerId, String originChannel, Prefill prefill) throws ChatException {
        View view = view(originChannel, prefill);
        calls.run("views.open", () -> slack.viewsOpen(r -> r.triggerId(triggerId).view(view)));
    }

    View view(String originChannel) {
        return view(originChannel, null);
    }

    View view(String originChannel, Prefill prefill) {
        List<OptionObject> levels = severities.all().stream().map(DeclareModal::severityOption).toList();
        OptionObject initial = severityOption(prefill == null || prefill.severity() == null
                ? severities.defaultLevel()
                : severities.find(prefill.severity()).orElse(severities.defaultLevel()));
        String title = prefill == null ? null : Mrkdwn.truncate(prefill.title(), TextField.TITLE.maxLength());
        String description = prefill == null || prefill.description() == null ? null
                : Mrkdwn.truncate(prefill.description(), TextField.DESCRIPTION.maxLength());
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(new DeclareOrigin(originChannel, prefill == null ? null : prefill.from(),
                        prefill == null ? null : prefill.alertGroup()).encode())
                .title(viewTitle(t -> t.type("plain_text").text("Declare an incident")))
                .submit(viewSubmit(t -> t.type("plain_text").text("Declare")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .blocks(List.of(
                        input(i -> i.blockId(TITLE).label(plainText("Title")).element(plainTextInput(t -> t
                                .actionId(VALUE).maxLength(TextField.TITLE.maxLength()).initialValue(title)
                                .placeholder(plainText("What is broken? e.g. Checkout API returning 500s"))))),
                        input(i -> i.blockId(SEVERITY).label(plainText("Severity")).element(radioButtons(r -> r
                                .actionId(VALUE).options(levels).initialOption(initial)))),
                        input(i -> i.blockId(DESCRIPTION).optional(true).label(plainText("What do you see?"))
                                .element(plainTextInput(t -> t.actionId(VALUE).multiline(true).initialValue(description)
                                        .maxLength(TextField.DESCRIPTION.maxLength())
                                        .placeholder(plainText("Symptoms, alerts, links to dashboards"))))),
                        input(i -> i.blockId(SERVICES).optional(true).label(plainText("Services affected"))
                                .hint(plainText("Separated by commas; they become the incident's service labels."))
                                .element(plainTextInput(t -> t.actionId(VALUE)
                                        .maxLength(LabelNames.MAX_NAMES * (LabelNames.MAX_LENGTH + 2))
                                        .placeholder(plainText("e.g. checkout-api, auth"))))),
                        input(i -> i.blockId(DRILL).optional(true).label(plainText("Drill"))
                                .element(checkboxes(c -> c.actionId(VALUE).options(List.of(option(o -> o
                                        .value(DRILL).text(plainText("This is a practice drill"))
                                        .description(plainText("Labelled as a drill; no stakeholders notified")))))))),
                        input(i -> i.blockId(PRIVATE).optional(true).label(plainText("Private"))
                                .element(checkboxes(c -> c.actionId(VALUE).options(List.of(option(o -> o
                                        .value(PRIVATE).text(plainText("Private incident (security work)"))
                                        .description(plainText("A private channel; only its members see the"
                                                + " incident"))))))))))
                .build();
    }

    private static OptionObject severityOption(SeverityConfig.Level level) {
        // Slack limits option texts and descriptions to 75 characters.
        return option(o -> o.value(level.name()).text(plainText(Mrkdwn.plain(level.name(), 75)))
                .description(plainText(Mrkdwn.plain(level.impact(), 75))));
    }
}
