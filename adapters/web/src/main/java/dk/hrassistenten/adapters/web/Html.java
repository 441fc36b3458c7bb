package dk.hrassistenten.adapters.web;


import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** HTML escaping for text from documents and people, and the service's small pages around it. */
public final class Html {

    private Html() {
    }

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A page of its own (no script, no outside resource).
     *
     * @param bodyHtml markup whose text is already escaped
     */
    static void send(HttpServletResponse response, int status, String title, String bodyHtml) throws IOException {
        send(response, status, title, bodyHtml, "");
    }

    /** @param css more style rules for this page (the service's own, never from a document or a person) */
    static void send(HttpServletResponse response, int status, String title, String bodyHtml, String css) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        response.getWriter().write(page(title, bodyHtml, css));
    }

    private static String page(String title, String bodyHtml, String css) {
        return "<!doctype html><html lang=da><meta charset=utf-8><meta name=viewport content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:760px;margin:0 auto;padding:16px}"
                + ".meta{color:#5b6675}a{color:#0b5cad}:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}" + css
                + "</style><body><main>" + bodyHtml + "</main></body></html>";
    }
}
