package io.hikeshi.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import io.hikeshi.chat.ChatException;
import io.hikeshi.incident.DeclaredFrom;
import io.hikeshi.incident.DeclaredFromMessages;
import io.hikeshi.incident.IncidentAccess;
import io.hikeshi.incident.IncidentRef;
import io.hikeshi.transcript.ThreadAccess;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The "Declare incident" message shortcut: opens the declare form at once, filled in from the message, which the
 * incident will record as where it started. A message that already started an incident shows that incident instead.
 * Whether hikeshi can read the channel is checked after the answer (outbox), and the person told privately if not.
 */
@ApplicationScoped
class DeclareShortcut {

    static final String CALLBACK_ID = "declare_from_message";
    private static final Logger LOG = Logger.getLogger(DeclareShortcut.class);

    private final DeclareModal modal;
    private final DeclaredFromMessages declaredFrom;
    private final IncidentAccess incidents;
    private final ThreadAccess access;
    private final MethodsClient slack;
    private final SlackCalls calls;

    DeclareShortcut(DeclareModal modal, DeclaredFromMessages declaredFrom, ThreadAccess access, MethodsClient slack,
                    SlackCalls calls, IncidentAccess incidents) {
        this.incidents = incidents;
        this.modal = modal;
        this.declaredFrom = declaredFrom;
        this.access = access;
        this.slack = slack;
        this.calls = calls;
    }

    Response handle(MessageShortcutRequest request, MessageShortcutContext ctx) {
        MessageShortcutPayload payload = request.getPayload();
        String channel = payload.getChannel().getId();
        var message = payload.getMessage();
        String ts = message.getTs();
        String thread = message.getThreadTs() == null ? ts : message.getThreadTs();
        String link = TimelineShortcut.permalink(payload.getTeam().getDomain(), channel, ts);
        if (link != null && !thread.equals(ts)) {
            link += "?thread_ts=" + thread + "&cid=" + channel;
        }
        try {
            Optional<IncidentRef> earlier = declaredFrom.incidentOf(channel, ts);
            if (earlier.isPresent()) {
                IncidentRef incident = earlier.get();
                View notice = incident.privateIncident()
                        && !incidents.canSee(incident.number(), incidents.audience(payload.getUser().getId()))
                        ? alreadyDeclaredPrivately() : alreadyDeclared(incident);
                calls.run("views.open", () -> slack.viewsOpen(r -> r.triggerId(payload.getTriggerId()).view(notice)));
                return ctx.ack();
            }
            String text = message.getText();
            modal.open(payload.getTriggerId(), channel, DeclareModal.Prefill.fromMessage(MessagePrefill.title(text),
                    MessagePrefill.description(text, link), new DeclaredFrom(channel, ts, thread, link)));
        } catch (ChatException e) {
            LOG.warnf("Could not open the declare form from a message shortcut: %s", e.code());
        }
        access.check(channel, thread, payload.getResponseUrl());
        return ctx.ack();
    }

    /** A private incident started from this message, for someone who is not one of its members: nothing about it. */
    private static View alreadyDeclaredPrivately() {
        return View.builder().type("modal")
                .title(viewTitle(t -> t.type("plain_text").text("Already declared")))
                .close(viewClose(t -> t.type("plain_text").text("Close")))
                .blocks(List.of(section(s -> s.text(markdownText(":lock: An incident was already declared from this"
                        + " message, and it is private. Ask the people handling it, or declare from another message.")))))
                .build();
    }

    /** The incident this message started; its title is escaped, so it cannot format or mention. */
    private static View alreadyDeclared(IncidentRef incident) {
        String where = incident.channelId() == null ? "its channel is being opened" : "<#" + incident.channelId() + ">";
        return View.builder().type("modal")
                .title(viewTitle(t -> t.type("plain_text").text("Already declared")))
                .close(viewClose(t -> t.type("plain_text").text("Close")))
                .blocks(List.of(section(s -> s.text(markdownText("*" + incident.reference() + "* · "
                        + Mrkdwn.escape(incident.title(), 1500) + " was declared from this message: " + where + ".")))))
                .build();
    }
}
