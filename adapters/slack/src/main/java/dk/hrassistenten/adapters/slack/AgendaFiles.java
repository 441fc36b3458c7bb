package dk.hrassistenten.adapters.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import dk.hrassistenten.bot.agenda.AgendaDocuments;
import dk.hrassistenten.bot.reply.Reply;
import java.io.IOException;

/**
 * An agenda exported as Word ({@code format=docx}), posted as a file into the conversation it was asked in, through
 * Slack's upload flow: {@code files.getUploadURLExternal}, the bytes to the URL it returns, then
 * {@code files.completeUploadExternal} with the channel, thread and the reply's text as comment. Thread-safe.
 */
final class AgendaFiles {

    private final MethodsClient methods;
    private final AgendaDocuments documents;

    AgendaFiles(MethodsClient methods, AgendaDocuments documents) {
        this.methods = methods;
        this.documents = documents;
    }

    /** Whether a reply offers its agenda as a Word document to download. */
    static boolean offered(Reply reply) {
        return reply.agenda() != null && reply.agenda().get("download") instanceof String;
    }

    /**
     * @param reply an {@link #offered} reply; its agenda names the forum and date
     * @param threadTs the thread to post in, or null for the channel itself
     * @throws IOException when Slack refuses the file (the bot is not in the channel, say) or cannot be reached
     */
    void post(Reply reply, String channel, String threadTs) throws IOException {
        AgendaDocuments.Document doc = documents.docx(String.valueOf(reply.agenda().get("forum")), String.valueOf(reply.agenda().get("date")));
        FilesUploadV2Response response;
        try {
            response = methods.filesUploadV2(r -> r.channel(channel).threadTs(threadTs).fileData(doc.bytes()).filename(doc.fileName())
                    .title(doc.fileName().replaceFirst("\\.docx$", "")).initialComment(Mrkdwn.fromReplyText(reply.text()))
                    .requestFileInfo(false));
        } catch (SlackApiException e) {
            throw new IOException("uploading the agenda failed with HTTP " + e.getResponse().code(), e);
        } catch (SlackFilesUploadV2Exception e) {
            throw new IOException("uploading the agenda failed: " + e.getMessage(), e);
        }
        if (!response.isOk()) {
            throw new IOException("uploading the agenda failed: " + response.getError());
        }
    }
}
