package dk.hrassistenten.adapters.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** One Slack message: the notification text and its Block Kit blocks. */
record SlackMessage(String text, List<LayoutBlock> blocks) {
    SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
