package dk.hrassistenten.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.hrassistenten.bot.reply.ReplyJson;
import dk.hrassistenten.knowledge.KnowledgeBase;
import dk.hrassistenten.knowledge.KnowledgeSnapshot;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /readyz} (contract.md, "Readiness"): 200 when the index is ready, else 503 with the reason. The JSON
 * body also says whether the store can be reached; that does not change the status, because questions need no
 * store and a replica that answers them should stay in rotation:
 * {@code {"ready": false, "reason": "...", "index": {"documents": 12}, "store": {"reachable": false, "reason": "..."}}}.
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
        response.setStatus(notReady.isEmpty() ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(ReplyJson.mapper().writeValueAsString(body));
    }
}
