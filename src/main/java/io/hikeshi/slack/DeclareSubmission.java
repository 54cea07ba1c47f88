package io.hikeshi.slack;

import io.hikeshi.logging.LoggedFailure;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.hikeshi.alerts.AlertTriage;
import io.hikeshi.incident.Declaration;
import io.hikeshi.incident.DeclareRequest;
import io.hikeshi.incident.IncidentDeclarer;
import io.hikeshi.incident.InvalidDeclarationException;
import io.hikeshi.incident.RestartingException;
import io.hikeshi.input.TextField;
import jakarta.enterprise.context.ApplicationScoped;
import io.hikeshi.labels.InvalidLabelException;
import io.hikeshi.labels.LabelNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/** The declare form was submitted: declare once per form, however many times it is submitted. */
@ApplicationScoped
class DeclareSubmission {

    private static final Logger LOG = Logger.getLogger(DeclareSubmission.class);

    private final IncidentDeclarer declarer;
    private final AlertTriage triage;

    DeclareSubmission(IncidentDeclarer declarer, AlertTriage triage) {
        this.declarer = declarer;
        this.triage = triage;
    }

    Response handle(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        View view = payload.getView();
        Map<String, Map<String, ViewState.Value>> values = view.getState().getValues();
        String title = text(values, DeclareModal.TITLE).orElse("");
        String severity = value(values, DeclareModal.SEVERITY).map(v -> v.getSelectedOption())
                .map(ViewState.SelectedOption::getValue).orElse(null);
        boolean drill = value(values, DeclareModal.DRILL).map(ViewState.Value::getSelectedOptions)
                .map(options -> !options.isEmpty()).orElse(false);
        boolean privateIncident = value(values, DeclareModal.PRIVATE).map(ViewState.Value::getSelectedOptions)
                .map(options -> !options.isEmpty()).orElse(false);
        String description = text(values, DeclareModal.DESCRIPTION).orElse(null);
        Map<String, String> problems = problems(title, description, severity);
        List<String> services = List.of();
        String servicesText = text(values, DeclareModal.SERVICES).orElse("");
        if (!servicesText.isBlank()) {
            try {
                services = LabelNames.parse(servicesText);
            } catch (InvalidLabelException e) {
                problems.put(DeclareModal.SERVICES, e.getMessage().replace("`", ""));
            }
        }
        if (!problems.isEmpty()) {
            return ctx.ackWithErrors(problems);
        }
        DeclareOrigin origin = DeclareOrigin.decode(view.getPrivateMetadata());
        try {
            DeclareRequest typed = new DeclareRequest("view:" + view.getId(), title, severity, description, drill,
                    payload.getUser().getId(), origin.channelId(), services).from(origin.from())
                    .asPrivate(privateIncident);
            Declaration declaration = origin.alertGroup() == null ? declarer.declare(typed)
                    : triage.declare(origin.alertGroup(), typed);
            return ctx.ackWithUpdate(confirmation(declaration));
        } catch (InvalidDeclarationException e) {
            return ctx.ackWithErrors(Map.of(block(e.field()), e.getMessage()));
        } catch (RestartingException e) {
            return ctx.ackWithErrors(Map.of(DeclareModal.TITLE, "Nothing was declared: " + RestartingException.MESSAGE
                    + "."));
        } catch (RuntimeException e) {
            LOG.errorf("Could not record a declaration from the form: %s", LoggedFailure.describe(e));
            return ctx.ackWithErrors(Map.of(DeclareModal.TITLE,
                    "The database is not answering, so nothing was declared. Please submit again in a moment."));
        }
    }

    /** Each field that does not fit, by its block, with what is wrong; checked before anything is declared. */
    private static Map<String, String> problems(String title, String description, String severity) {
        Map<String, String> problems = new LinkedHashMap<>();
        TextField.TITLE.problemWith(title).ifPresent(problem -> problems.put(DeclareModal.TITLE, problem));
        TextField.DESCRIPTION.problemWith(description)
                .ifPresent(problem -> problems.put(DeclareModal.DESCRIPTION, problem));
        TextField.SEVERITY.problemWith(severity).ifPresent(problem -> problems.put(DeclareModal.SEVERITY, problem));
        return problems;
    }

    /** The form block that shows a problem with this part of the declaration. */
    private static String block(InvalidDeclarationException.Field field) {
        return switch (field) {
            case TITLE -> DeclareModal.TITLE;
            case DESCRIPTION -> DeclareModal.DESCRIPTION;
            case SEVERITY -> DeclareModal.SEVERITY;
        };
    }

    private static View confirmation(Declaration declaration) {
        return View.builder()
                .type("modal")
                .title(viewTitle(t -> t.type("plain_text").text(declaration.drill() ? "Drill declared" : "Incident declared")))
                .close(viewClose(t -> t.type("plain_text").text("Done")))
                .blocks(DeclareConfirmation.blocks(declaration))
                .build();
    }

    private static Optional<ViewState.Value> value(Map<String, Map<String, ViewState.Value>> values, String block) {
        return Optional.ofNullable(values.get(block)).map(actions -> actions.get(DeclareModal.VALUE));
    }

    private static Optional<String> text(Map<String, Map<String, ViewState.Value>> values, String block) {
        return value(values, block).map(ViewState.Value::getValue);
    }
}
