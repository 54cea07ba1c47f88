package io.hikeshi.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.hikeshi.dedup.Answer;
import io.hikeshi.dedup.OncePerRequest;
import io.hikeshi.logging.LoggedFailure;
import io.hikeshi.persistence.DatabaseFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Makes every Slack request act at most once: a command, click, form, shortcut or event that Slack retries, or that
 * someone replays within the signature's five minutes, is answered as the first copy was and changes nothing more.
 * The handler runs in the transaction that records the request's key with its answer ({@link OncePerRequest}).
 */
@ApplicationScoped
class ReplayGuard implements Middleware {

    static final String ALREADY_HANDLED = "That request was already handled; nothing was done a second time.";
    static final String TRY_AGAIN = "hikeshi could not reach its database, so that was not done."
            + " Please try again in a moment.";
    private static final Logger LOG = Logger.getLogger(ReplayGuard.class);

    private final OncePerRequest once;

    ReplayGuard(OncePerRequest once) {
        this.once = once;
    }

    @Override
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        Optional<String> key = RequestKeys.of(request);
        if (key.isEmpty()) {
            return chain.next(request);
        }
        try {
            return handle(key.get(), request, chain);
        } catch (RuntimeException e) {
            if (!DatabaseFailure.isCauseOf(e)) {
                throw e;
            }
            // The database did not answer (its ledger, or the handling's transaction): nothing was kept, so say so.
            LOG.errorf("Could not handle a Slack %s request: %s", request.getRequestType(),
                    LoggedFailure.describe(e));
            if (request instanceof SlashCommandRequest) {
                return Response.json(200, Replies.ephemeral(TRY_AGAIN, List.of(Replies.paragraph(TRY_AGAIN))));
            }
            // Slack retries an event it did not get a 2xx for; a click or form shows the person an error.
            return Response.builder().statusCode(503).contentType("text/plain").body("try again later").build();
        }
    }

    private Response handle(String key, Request request, MiddlewareChain chain) {
        return once.handle(key, new OncePerRequest.Handling<>() {
            @Override
            public Response run() {
                try {
                    return chain.next(request);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public Optional<Answer> answer(Response result) {
                // An answer sent later is known only then; the work behind it keeps its own key.
                return result instanceof DeferredAck ? Optional.empty()
                        : Optional.of(new Answer(result.getStatusCode() == null ? 200
                        : result.getStatusCode(), result.getContentType(), result.getBody()));
            }

            @Override
            public Response repeat(Optional<Answer> first) {
                return first.map(ReplayGuard::toResponse).orElseGet(() -> alreadyHandled(request));
            }
        });
    }

    private static Response toResponse(Answer answer) {
        return Response.builder().statusCode(answer.status()).contentType(answer.contentType()).body(answer.body())
                .build();
    }

    private static Response alreadyHandled(Request<?> request) {
        if (request instanceof SlashCommandRequest) {
            return Response.json(200, Replies.ephemeral(ALREADY_HANDLED, List.of(
                    Replies.paragraph(ALREADY_HANDLED))));
        }
        return Response.ok();
    }
}
