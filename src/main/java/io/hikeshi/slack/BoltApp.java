package io.hikeshi.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.GroupLeftEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import io.hikeshi.outbox.ForegroundRequests;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The Bolt app with every handler registered; the same app serves HTTP and Socket Mode. */
@ApplicationScoped
class BoltApp {

    private final Optional<App> app;

    BoltApp(SlackConfig config, Slack slack, IncidentCommand incidentCommand, DeclareSubmission declareSubmission,
            HomeOpened homeOpened, TimelineShortcut timelineShortcut, ReactionAdded reactionAdded,
            ActionItemDoneButton actionItemDone, RunbookCheckbox runbookCheckbox, RunbookPostButton runbookPost,
            MessageEvents messages, ChannelMembership membership, CatchUpRetryButton catchUpRetry,
            MakePublicButton makePublic, ForegroundRequests foreground, ReplayGuard replayGuard, DeclareShortcut declareShortcut,
            ThreadCatchUpShortcut threadCatchUpShortcut, AlertTriageButtons alertTriage) {
        if (config.botToken().isEmpty() || (!config.httpMode() && !config.socketMode())) {
            this.app = Optional.empty();
            return;
        }
        App bolt = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(config.botToken().get())
                .signingSecret(config.signingSecret().orElse(null))
                // Signatures are checked by SlackEventsResource, with a bounded timestamp and in constant time.
                .requestVerificationEnabled(false)
                // Bolt re-runs auth.test in the request path every 10 minutes by default; the bot's identity does
                // not change, so keep the first answer and never call Slack before acknowledging.
                .authTestCacheExpirationMillis(-1)
                // Joins, leaves, topic changes, bot messages...: acknowledged, and left out of the transcript.
                .subtypedMessageEventsAutoAckEnabled(true)
                // Bolt would call bots.info before acking every bot message; MessageEvents drops them itself.
                .ignoringSelfEventsEnabled(false)
                .build());
        // Over HTTP and Socket Mode alike, side effects give way while a person waits for the answer to a command,
        // a form or a click. Events (messages, reactions) are not counted: under chat traffic they would stall the
        // outbox, and nobody is looking at their ack.
        bolt.use((request, response, chain) -> {
            if (request.getRequestType() == RequestType.Event) {
                return chain.next(request);
            }
            try (ForegroundRequests.Handle ignored = foreground.begin()) {
                return chain.next(request);
            }
        });
        // Every command, click, form, shortcut and event acts at most once, on whichever replica it lands.
        bolt.use(replayGuard);
        bolt.command(config.command(), incidentCommand::handle);
        bolt.viewSubmission(DeclareModal.CALLBACK_ID, declareSubmission::handle);
        bolt.event(AppHomeOpenedEvent.class, homeOpened::handle);
        bolt.messageShortcut(TimelineShortcut.CALLBACK_ID, timelineShortcut::handle);
        bolt.messageShortcut(DeclareShortcut.CALLBACK_ID, declareShortcut::handle);
        bolt.messageShortcut(ThreadCatchUpShortcut.CALLBACK_ID, threadCatchUpShortcut::handle);
        bolt.event(ReactionAddedEvent.class, reactionAdded::handle);
        bolt.blockAction(ActionItemBlocks.DONE_ACTION, actionItemDone::handle);
        // A link button: Slack opens the page and still reports the click, which needs only an ack.
        bolt.blockAction(PostmortemBlocks.OPEN_ACTION, (request, ctx) -> ctx.ack());
        bolt.blockAction(RunbookBlocks.ITEM_ACTION, runbookCheckbox::handle);
        bolt.blockAction(RunbookListBlocks.POST_ACTION, runbookPost::handle);
        bolt.event(MessageEvent.class, messages::posted);
        bolt.event(MessageFileShareEvent.class, messages::fileShared);
        bolt.event(MessageThreadBroadcastEvent.class, messages::broadcast);
        bolt.event(MessageChangedEvent.class, messages::changed);
        bolt.event(MessageDeletedEvent.class, messages::deleted);
        bolt.event(MemberJoinedChannelEvent.class, membership::joined);
        bolt.event(MemberLeftChannelEvent.class, membership::left);
        bolt.event(GroupLeftEvent.class, membership::botLeft);
        bolt.blockAction(CatchUpBlocks.RETRY_ACTION, catchUpRetry::handle);
        bolt.blockAction(PrivacyCommand.MAKE_PUBLIC_ACTION, makePublic::handle);
        bolt.blockAction(AlertBlocks.DECLARE_ACTION, alertTriage::declare);
        bolt.blockAction(AlertBlocks.DISMISS_ACTION, alertTriage::dismiss);
        this.app = Optional.of(bolt);
    }

    Optional<App> app() {
        return app;
    }
}
