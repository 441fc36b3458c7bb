package dk.hrassistenten.deploy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.hrassistenten.bot.reply.ReplyJson;
import dk.hrassistenten.knowledge.KnowledgeBase;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import dk.hrassistenten.knowledge.source.SourceStatus;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /readyz} (contract.md, "Readiness"): 200 when the index is ready, else 503 with the reason. The JSON
 * body also says whether the store can be reached; that does not change the status, because questions need no
 * store and a replica that answers them should stay in rotation:
 * {@code {"ready": false, "reason": "...", "index": {"documents": 12}, "store": {"reachable": false, "reason": "..."},
 * "sources": [{"name": "intranet", "kind": "web", "failing": true, "reason": "...", "documents": 40, "last_success": "..."}]}}.
 * A failing source whose last good documents still answer leaves the replica ready; {@code sources} says which it is.
 */
final class ReadinessServlet extends HttpServlet {

    private final transient KnowledgeBase knowledge;
    private final transient StoreCheck store;

    ReadinessServlet(KnowledgeBase knowledge, StoreCheck store) {
        this.knowledge = knowledge;
        this.store = store;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> notReady = knowledge.notReadyReason();
        Optional<String> unreachable = store.unreachable();
        KnowledgeSnapshot snapshot = knowledge.current();
        ObjectNode body = ReplyJson.mapper().createObjectNode();
        body.put("ready", notReady.isEmpty());
        notReady.ifPresent(reason -> body.put("reason", reason));
        body.putObject("index").put("documents", snapshot == null ? 0 : snapshot.documents().size());
        ObjectNode storeNode = body.putObject("store").put("reachable", unreachable.isEmpty());
        unreachable.ifPresent(reason -> storeNode.put("reason", reason));
        ArrayNode sources = body.putArray("sources");
        for (SourceStatus s : knowledge.sourceStatuses()) {
            ObjectNode source = sources.addObject().put("name", s.name()).put("kind", s.kind()).put("failing", s.failing());
            if (s.failing()) {
                source.put("reason", s.message());
            }
            source.put("documents", s.documents());
            source.put("last_success", s.lastSuccess() == null ? null : s.lastSuccess().toString());
        }
        response.setStatus(notReady.isEmpty() ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(ReplyJson.mapper().writeValueAsString(body));
    }
}
