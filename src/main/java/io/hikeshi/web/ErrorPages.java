package io.hikeshi.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Pages (and JSON for the API) for requests that cannot be served, each saying what to do instead. */
@ApplicationScoped
class ErrorPages {

    @CheckedTemplate(basePath = "pages")
    static class Templates {
        static native TemplateInstance problem(String title, String message, String hint);
    }

    Response signInNotConfigured(boolean api) {
        String message = "Sign-in is not configured, so hikeshi keeps its incidents private.";
        String hint = "Set QUARKUS_OIDC_AUTH_SERVER_URL, QUARKUS_OIDC_CLIENT_ID and QUARKUS_OIDC_CREDENTIALS_SECRET"
                + " (Sign in with Slack or any OpenID Connect provider; see the README), then restart hikeshi.";
        return page(Response.Status.FORBIDDEN, api, "Sign-in is not configured", message, hint);
    }

    Response notAllowed(boolean api, SignInPolicy.Verdict verdict) {
        return switch (verdict) {
            case NO_LIST -> page(Response.Status.FORBIDDEN, api, "Nobody may sign in yet",
                    "hikeshi has not been told who may read its incidents, so it lets nobody in.",
                    "Whoever runs hikeshi: set HIKESHI_WEB_ALLOWED_EMAIL_DOMAINS (e.g. example.com) or"
                            + " HIKESHI_WEB_ALLOWED_GROUPS, then restart it (README, Security).");
            case WORKSPACE_UNKNOWN -> page(Response.Status.FORBIDDEN, api, "Your Slack workspace cannot be checked",
                    "hikeshi admits members of the Slack workspace its bot is installed in, and could not ask Slack"
                            + " which workspace that is.",
                    "Try again in a minute. Whoever runs hikeshi: check SLACK_BOT_TOKEN and the log.");
            case OUTSIDE_WORKSPACE -> page(Response.Status.FORBIDDEN, api, "You are not allowed to see these incidents",
                    "You signed in with a Slack workspace other than the one hikeshi is installed in.",
                    "Sign in with your account in hikeshi's workspace (close this browser window first).");
            case NOT_LISTED, ALLOWED -> page(Response.Status.FORBIDDEN, api,
                    "You are not allowed to see these incidents",
                    "Your account is not in an e-mail domain or group that may sign in to hikeshi.",
                    "Ask the people who run hikeshi to add your domain or group, or sign in with another account.");
        };
    }

    Response csrfRejected() {
        return page(Response.Status.FORBIDDEN, false, "This form could not be accepted",
                "The form did not carry this site's security token: it may be from an old page or another site.",
                "Nothing was changed. Reload the page and try again.");
    }

    /** The answer for a number no incident has, and for a private incident the person is not a member of. */
    Response noIncident(boolean api, long number) {
        return notFound(api, "There is no incident " + number + ".");
    }

    Response notFound(boolean api, String what) {
        return page(Response.Status.NOT_FOUND, api, "Not found", what, "The incidents list shows every incident.");
    }

    Response page(Response.Status status, boolean api, String title, String message, String hint) {
        if (api) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("error", title, "message", message, "hint", hint)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE + ";charset=UTF-8")
                .entity(Templates.problem(title, message, hint).render()).build();
    }
}
