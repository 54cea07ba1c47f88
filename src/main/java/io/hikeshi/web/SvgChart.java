package io.hikeshi.web;

import java.util.List;
import java.util.Locale;

/** Bar charts as inline SVG, drawn on the server: no scripts, no external assets. Labels are XML-escaped. */
final class SvgChart {

    /** One bar: its label under the axis, its value, and the text shown above it. */
    record Bar(String label, double value, String valueLabel) {
    }

    private static final int HEIGHT = 220;
    private static final int TOP = 24;
    private static final int BOTTOM = 40;
    private static final int LEFT = 12;
    private static final int BAR = 44;
    private static final int GAP = 16;

    private SvgChart() {
    }

    static String bars(String title, List<Bar> bars) {
        int width = LEFT * 2 + Math.max(1, bars.size()) * (BAR + GAP);
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int plot = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(HEIGHT).append("\" width=\"").append(width).append("\" height=\"")
                .append(HEIGHT).append("\" aria-label=\"").append(escape(title)).append("\"><title>")
                .append(escape(title)).append("</title>");
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM)
                .append("\" x2=\"").append(width - LEFT).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int x = LEFT + GAP / 2 + i * (BAR + GAP);
            int h = max <= 0 ? 0 : (int) Math.round(bar.value() / max * plot);
            int y = HEIGHT - BOTTOM - h;
            svg.append("<g class=\"bar\"><rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                    .append(BAR).append("\" height=\"").append(h).append("\"><title>").append(escape(bar.label()))
                    .append(": ").append(escape(bar.valueLabel())).append("</title></rect>");
            svg.append(text(x + BAR / 2, y - 6, "value", bar.valueLabel()));
            svg.append(text(x + BAR / 2, HEIGHT - BOTTOM + 16, "label", bar.label())).append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static String text(int x, int y, String css, String content) {
        return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                css, x, y, escape(content));
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
