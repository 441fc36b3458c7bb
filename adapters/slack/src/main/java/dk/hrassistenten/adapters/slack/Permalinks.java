package dk.hrassistenten.adapters.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Links to Slack messages, for an agenda item made from one: Slack's own permalink, else the link form Slack documents. */
final class Permalinks {

    private static final Logger LOG = LoggerFactory.getLogger(Permalinks.class);

    private final MethodsClient methods;

    Permalinks(MethodsClient methods) {
        this.methods = methods;
    }

    /**
     * @param domain the workspace's subdomain ("acme" of acme.slack.com), for the fallback; may be null
     * @return the message's link, or null when neither Slack nor the payload gives enough to make one
     */
    String of(String channel, String messageTs, String domain) {
        if (channel == null || messageTs == null) {
            return null;
        }
        try {
            var response = methods.chatGetPermalink(r -> r.channel(channel).messageTs(messageTs));
            if (response.isOk() && response.getPermalink() != null) {
                return response.getPermalink();
            }
            LOG.info("chat.getPermalink failed ({}); using the archive link form", response.getError());
        } catch (IOException | SlackApiException e) {
            LOG.info("chat.getPermalink failed ({}); using the archive link form", e.getClass().getSimpleName());
        }
        return archiveLink(channel, messageTs, domain);
    }

    /** https://DOMAIN.slack.com/archives/CHANNEL/pTS, the timestamp without its dot; null without a domain. */
    static String archiveLink(String channel, String messageTs, String domain) {
        if (domain == null || !domain.matches("[a-z0-9-]+") || !channel.matches("[A-Z0-9]+") || !messageTs.matches("\\d+\\.\\d+")) {
            return null;
        }
        return "https://" + domain + ".slack.com/archives/" + channel + "/p" + messageTs.replace(".", "");
    }
}
