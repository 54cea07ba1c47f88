package io.hikeshi.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import io.hikeshi.chat.ChatException;
import io.hikeshi.postmortem.PostmortemChat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Shares a file the way Slack asks apps to now: files.getUploadURLExternal, a POST of the bytes to the address it
 * gives, then files.completeUploadExternal to share it in the channel.
 */
@ApplicationScoped
class FileShare {

    private final MethodsClient slack;
    private final SlackCalls calls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    FileShare(MethodsClient slack, SlackCalls calls) {
        this.slack = slack;
        this.calls = calls;
    }

    void share(String channelId, PostmortemChat.SharedFile file) throws ChatException {
        byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
        FilesGetUploadURLExternalResponse upload = calls.run("files.getUploadURLExternal",
                () -> slack.filesGetUploadURLExternal(r -> r.filename(file.filename()).length(bytes.length)));
        send(upload.getUploadUrl(), bytes);
        String comment = SlackText.mrkdwn(file.comment(), "", 3000);
        String title = Mrkdwn.escapeControl(file.title());
        calls.run("files.completeUploadExternal", () -> slack.filesCompleteUploadExternal(r -> r
                .files(List.of(new FilesCompleteUploadExternalRequest.FileDetails(upload.getFileId(), title)))
                .channelId(channelId).initialComment(comment)));
    }

    private void send(String uploadUrl, byte[] bytes) throws ChatException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uploadUrl)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw ChatException.transientFailure("files.upload", "network error: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ChatException.transientFailure("files.upload", "interrupted", e);
        }
        if (status == 429 || status >= 500) {
            throw ChatException.transientFailure("files.upload", "http_" + status, null);
        }
        if (status >= 300) {
            throw ChatException.permanent("files.upload", "http_" + status);
        }
    }
}
