package dk.hrassistenten.adapters.web;

import dk.hrassistenten.bot.Assistant;
import dk.hrassistenten.bot.reply.SourceView;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** {@code GET /kilde?path=…&section=…}: the cited passage, so a source link shows what the answer rests on. */
public final class SourceServlet extends HttpServlet {

    private final transient Assistant assistant;

    public SourceServlet(Assistant assistant) {
        this.assistant = assistant;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getParameter("path");
        String section = request.getParameter("section");
        Optional<SourceView> view = path == null ? Optional.empty() : assistant.source(path, section == null ? "" : section);
        if (view.isEmpty()) {
            Html.send(response, 404, "Ikke fundet", "<p>Kilden findes ikke (længere) i dokumenterne.</p>");
            return;
        }
        SourceView v = view.get();
        StringBuilder body = new StringBuilder("<h1>").append(Html.escape(v.title())).append("</h1>");
        if (!v.section().isEmpty()) {
            body.append("<h2>").append(Html.escape(v.section())).append("</h2>");
        }
        body.append("<p class=meta>").append(Html.escape(v.meta())).append("</p>");
        for (String paragraph : v.text().split("\n")) {
            body.append("<p>").append(Html.escape(paragraph)).append("</p>");
        }
        Html.send(response, 200, v.title(), body.toString());
    }
}
