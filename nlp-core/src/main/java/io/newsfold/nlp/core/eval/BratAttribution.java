package io.newsfold.nlp.core.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One gold attribution of a brat .ann file: its Content, Source and Cue spans (each possibly discontinuous). */
record BratAttribution(List<int[]> content, List<int[]> source, List<int[]> cue, String contentText) {

    boolean isDirectQuote() {
        // Straight, curly and the doubled apostrophes some wire copy uses for a double mark.
        return contentText.matches("(?s).*([\"“”‘]|'').*");
    }

    static List<BratAttribution> read(Path ann) throws IOException {
        Map<String, List<int[]>> spans = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : Files.readAllLines(ann)) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            if (cols[0].startsWith("T")) {
                String[] typeAndSpans = cols[1].split(" ", 2);
                List<int[]> list = new ArrayList<>();
                for (String part : typeAndSpans[1].split(";")) {
                    String[] se = part.trim().split(" ");
                    list.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
                }
                spans.put(cols[0], list);
                texts.put(cols[0], cols.length > 2 ? cols[2] : "");
            } else if (cols[0].startsWith("E")) {
                events.add(cols[1].split(" "));
            }
        }
        List<BratAttribution> out = new ArrayList<>();
        for (String[] roles : events) {
            List<int[]> content = new ArrayList<>();
            List<int[]> source = new ArrayList<>();
            List<int[]> cue = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (String role : roles) {
                String[] kv = role.split(":");
                if (kv.length != 2 || !spans.containsKey(kv[1])) {
                    continue;
                }
                String name = kv[0].replaceAll("\\d+$", "");
                switch (name) {
                    case "Content" -> {
                        content.addAll(spans.get(kv[1]));
                        text.append(texts.get(kv[1])).append(' ');
                    }
                    case "Source" -> source.addAll(spans.get(kv[1]));
                    case "Cue" -> cue.addAll(spans.get(kv[1]));
                    default -> { }
                }
            }
            if (!content.isEmpty()) {
                out.add(new BratAttribution(content, source, cue, text.toString()));
            }
        }
        return out;
    }
}
