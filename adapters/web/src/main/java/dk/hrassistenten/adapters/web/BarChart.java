package dk.hrassistenten.adapters.web;

import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart for HR's view, drawn on the server: one row per bar with its label, the bar as a small inline
 * SVG, and its number beside it as text. No script and nothing from elsewhere, so the page's strict
 * Content-Security-Policy holds; the numbers are text, so a screen reader (and anyone who would rather read) gets them,
 * while the bars are hidden from assistive technology. Bars may be stacked of parts ({@link #parts}), each with its own
 * colour and a legend.
 *
 * @param id the chart's HTML id
 * @param title its caption
 * @param parts the names of a bar's parts, in the order of {@link Bar#values}, for the legend; one name for a simple chart
 * @param bars the bars, top to bottom
 */
record BarChart(String id, String title, List<String> parts, List<Bar> bars) {

    /** Fills with at least 3:1 contrast against the white page (WCAG's non-text contrast), and apart from each other. */
    private static final String[] COLOURS = {"#0b5cad", "#c2410c", "#4d7c0f"};

    /**
     * @param label the row's label
     * @param values the bar's parts (one for a simple bar), each at least 0
     * @param number what stands beside the bar: its total, and anything else worth reading
     */
    record Bar(String label, List<Long> values, String number) {
        Bar {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
            Objects.requireNonNull(number, "number");
        }

        long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    BarChart {
        parts = List.copyOf(parts);
        bars = List.copyOf(bars);
        if (parts.isEmpty() || parts.size() > COLOURS.length) {
            throw new IllegalArgumentException("a chart has 1 to " + COLOURS.length + " parts");
        }
        for (Bar bar : bars) {
            if (bar.values().size() != parts.size()) {
                throw new IllegalArgumentException(id + ": a bar of " + bar.values().size() + " parts in a chart of " + parts.size());
            }
        }
    }

    /** The chart as escaped HTML; nothing at all when it has no bars (the table below it says "Intet endnu"). */
    String html() {
        if (bars.isEmpty()) {
            return "";
        }
        long most = Math.max(1, bars.stream().mapToLong(Bar::total).max().orElse(1));
        StringBuilder out = new StringBuilder("<figure class=chart id=\"").append(Html.escape(id)).append("\"><figcaption>")
                .append(Html.escape(title)).append("</figcaption>");
        if (parts.size() > 1) {
            out.append("<p class=legend>");
            for (int i = 0; i < parts.size(); i++) {
                out.append("<span><svg width=12 height=12 aria-hidden=true focusable=false><rect width=12 height=12 fill=\"")
                        .append(COLOURS[i]).append("\"/></svg> ").append(Html.escape(parts.get(i))).append("</span> ");
            }
            out.append("</p>");
        }
        out.append("<ul>");
        for (Bar bar : bars) {
            out.append("<li><span class=label>").append(Html.escape(bar.label())).append("</span>")
                    .append("<svg class=bar viewBox=\"0 0 1000 20\" preserveAspectRatio=none aria-hidden=true focusable=false>");
            long at = 0;
            for (int i = 0; i < parts.size(); i++) {
                long value = bar.values().get(i);
                if (value > 0) {
                    out.append("<rect x=\"").append(1000 * at / most).append("\" width=\"").append(Math.max(2, 1000 * value / most))
                            .append("\" height=20 fill=\"").append(COLOURS[i]).append("\"/>");
                }
                at += value;
            }
            out.append("</svg><span class=number>").append(Html.escape(bar.number())).append("</span></li>");
        }
        return out.append("</ul></figure>").toString();
    }

    /** The layout of charts, for the page's style sheet. */
    static final String CSS = ".chart{margin:1em 0}.chart figcaption{font-weight:600}.chart ul{list-style:none;margin:.4em 0;padding:0}"
            + ".chart li{display:grid;grid-template-columns:minmax(6em,14em) 1fr max-content;gap:8px;align-items:center;margin:2px 0}"
            + ".chart .label{overflow-wrap:anywhere}.chart svg.bar{width:100%;height:1em}.chart .legend span{margin-right:1em}"
            + "@media (max-width:480px){.chart li{grid-template-columns:1fr max-content}.chart .label{grid-column:1/-1}}";
}
