package dk.hrassistenten.adapters.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dk.hrassistenten.bot.Texts;
import dk.hrassistenten.bot.welcome.Welcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's Home tab: the welcome with three questions to try, published ({@code views.publish}) for a person each
 * time they open it, so that it follows the documents as they change. Slack sends {@code app_home_opened} when
 * the manifest enables the Home tab and subscribes to that event.
 */
final class AppHome {

    private static final Logger LOG = LoggerFactory.getLogger(AppHome.class);

    private final MethodsClient methods;
    private final Welcome welcome;
    private final BlockKitRenderer renderer;

    AppHome(MethodsClient methods, Welcome welcome, BlockKitRenderer renderer) {
        this.methods = methods;
        this.welcome = welcome;
        this.renderer = renderer;
    }

    /** Publishes the Home tab for one person; a failure is logged, and the tab shows its previous content. */
    void publish(String user) throws IOException, SlackApiException {
        List<LayoutBlock> blocks = new ArrayList<>();
        renderer.render(welcome.reply(Texts.DANISH)).forEach(message -> blocks.addAll(message.blocks()));
        ViewsPublishResponse response = methods.viewsPublish(r -> r.userId(user).view(View.builder().type("home").blocks(blocks).build()));
        if (!response.isOk()) {
            LOG.warn("Slack refused the Home tab ({})", response.getError());
        }
    }
}
