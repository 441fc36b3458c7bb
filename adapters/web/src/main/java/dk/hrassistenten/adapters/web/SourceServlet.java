package dk.hrassistenten.adapters.web;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.Channel;
import dk.hrassistenten.bot.Inbound;
import dk.hrassistenten.bot.InboundAction;
import dk.hrassistenten.bot.action.ActionReplies;
import dk.hrassistenten.bot.reply.Reply;
import dk.hrassistenten.bot.reply.ReplyKind;
import dk.hrassistenten.bot.reply.SourceView;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /kilde?path=…&section=…}: the cited passage, so a source link shows what the answer rests on. The link is
 * a "show source" action through the assistant like a press on Slack's or Teams' button, with its metrics, correlation
 * id and error handling; this servlet lays out the reply as a page.
 */
final class SourceServlet extends HttpServlet {

    private final transient Assistant assistant;
    private final transient WebIdentity identities;

    SourceServlet(Assistant assistant, WebIdentity identities) {
        this.assistant = assistant;
        this.identities = identities;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Identity identity = identities.of(request);
        Reply reply = assistant.handle(Inbound.of(Channel.WEB, identity == null ? null : identity.user(), null, request.getHeader("X-Request-Id"),
                new InboundAction.ShowSource(request.getParameter("path"), request.getParameter("section"))));
        if (reply.kind() == ReplyKind.NOT_FOUND) {
            Html.send(response, 404, "Ikke fundet", "<h1>Ikke fundet</h1><p>" + Html.escape(reply.text()) + "</p>");
            return;
        }
        if (reply.kind() == ReplyKind.ERROR) {
            Html.send(response, 503, "Kilden kan ikke vises", "<h1>Kilden kan ikke vises</h1><p>" + Html.escape(reply.text()) + "</p>");
            return;
        }
        SourceView v = ActionReplies.sourceParts(reply);
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(v.title())).append("</h1>");
        if (!v.section().isEmpty()) {
            body.append("<h2>").append(Html.escape(v.section())).append("</h2>");
        }
        body.append("<p class=meta>").append(Html.escape(v.meta())).append("</p>");
        for (String paragraph : v.text().split("\n")) {
            if (!paragraph.isBlank()) {
                body.append("<p>").append(Html.escape(paragraph)).append("</p>");
            }
        }
        Html.send(response, 200, v.title(), body.toString());
    }
}
