package io.newsfold.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Draws a pipeline benchmark's timeline as one SVG: articles made visible per second, ingest-to-visible latency of
 * the paced phase, and consumer lag per group, on a shared time axis, so a regression shows at a glance.
 */
final class BenchChart {

    private static final int WIDTH = 960;
    private static final int PANEL = 200;
    private static final int LEFT = 70;
    private static final int RIGHT = 150;
    private static final int TOP = 60;
    private static final int GAP = 50;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};

    private BenchChart() {
    }

    @SuppressWarnings("unchecked")
    static String svg(Map<String, Object> report) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) report.get("timeline");
        double end = rows.isEmpty() ? 1 : Math.max(1, number(rows.get(rows.size() - 1).get("t")));
        StringBuilder svg = new StringBuilder();
        int height = TOP + 3 * PANEL + 3 * GAP;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" "
                + "fill=\"white\"/>%n", WIDTH, height));
        Map<String, Object> pipeline = (Map<String, Object>) report.get("pipeline");
        Map<String, Object> latency = (Map<String, Object>) report.get("latency");
        svg.append(text(LEFT, 22, 15, String.format(Locale.ROOT, "Newsfold pipeline benchmark %s (%s cores) %s",
                report.get("run"), report.get("cores"), report.get("label"))));
        svg.append(text(LEFT, 42, 12, String.format(Locale.ROOT, "pipeline %s articles/s; NLP alone %s; ratio %s;"
                + " latency at %s/s p50 %s ms, p99 %s ms; peak stack RSS %s MiB", pipeline.get("articlesPerSecond"),
                ((Map<String, Object>) report.get("nlpAlone")).getOrDefault("articlesPerSecond", "-"),
                report.get("pipelineToNlpRatio"), latency.get("offeredPerSecond"), latency.get("p50Ms"),
                latency.get("p99Ms"), report.get("peakTotalRssMib"))));

        Map<String, List<double[]>> visible = new LinkedHashMap<>();
        visible.put("articles visible / s", series(rows, "visible"));
        panel(svg, 0, "Throughput (articles visible in the gateway per second)", end, visible, null);

        Map<String, List<double[]>> lat = new LinkedHashMap<>();
        lat.put("median ms", series(rows, "latencyMedianMs"));
        lat.put("max ms", series(rows, "latencyMaxMs"));
        panel(svg, 1, "Ingest-to-visible latency of the paced phase (per second)", end, lat, 2000.0);

        Map<String, List<double[]>> lag = new LinkedHashMap<>();
        TreeSet<String> groups = new TreeSet<>();
        rows.forEach(r -> groups.addAll(((Map<String, Object>) r.get("lag")).keySet()));
        for (String g : groups) {
            List<double[]> points = new ArrayList<>();
            for (Map<String, Object> r : rows) {
                Object v = ((Map<String, Object>) r.get("lag")).get(g);
                if (v != null) {
                    points.add(new double[] {number(r.get("t")), number(v)});
                }
            }
            lag.put(g, points);
        }
        panel(svg, 2, "Consumer lag (records) per group", end, lag, null);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static List<double[]> series(List<Map<String, Object>> rows, String key) {
        List<double[]> points = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            if (r.get(key) != null) {
                points.add(new double[] {number(r.get("t")), number(r.get(key))});
            }
        }
        return points;
    }

    private static void panel(StringBuilder svg, int index, String title, double end,
            Map<String, List<double[]>> lines, Double goal) {
        int top = TOP + index * (PANEL + GAP) + 20;
        int width = WIDTH - LEFT - RIGHT;
        double max = goal == null ? 1 : goal * 1.1;
        for (List<double[]> points : lines.values()) {
            for (double[] p : points) {
                max = Math.max(max, p[1]);
            }
        }
        max = niceCeiling(max);
        svg.append(text(LEFT, top - 8, 13, title));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#999\"/>%n", LEFT, top, width, PANEL));
        for (int tick = 0; tick <= 4; tick++) {
            double value = max * tick / 4;
            double y = top + PANEL - PANEL * tick / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "%n", LEFT, LEFT + width, y, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    LEFT - 6, y + 4, format(value)));
        }
        for (int tick = 0; tick <= 6; tick++) {
            double t = end * tick / 6;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.0f s</text>%n",
                    LEFT + width * t / end, top + PANEL + 15, t));
        }
        if (goal != null) {
            double y = top + PANEL - PANEL * goal / max;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d62728\""
                    + " stroke-dasharray=\"6 4\"/>%n", LEFT, LEFT + width, y, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" fill=\"#d62728\">goal %s ms</text>%n",
                    LEFT + width + 6, y + 4, format(goal)));
        }
        int legend = 0;
        for (Map.Entry<String, List<double[]>> line : lines.entrySet()) {
            String colour = COLOURS[legend % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (double[] p : line.getValue()) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + width * p[0] / end,
                        top + PANEL - PANEL * p[1] / max));
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" "
                    + "points=\"%s\"/>%n", colour, points.toString().strip()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n",
                    LEFT + width + 6, top + 14 + 16 * legend, colour, escape(line.getKey())));
            legend++;
        }
    }

    private static double niceCeiling(double v) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= v) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String text(int x, int y, int size, String s) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\">%s</text>%n", x, y, size,
                escape(s));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(o));
    }
}
