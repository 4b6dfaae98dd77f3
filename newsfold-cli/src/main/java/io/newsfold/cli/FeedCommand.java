package io.newsfold.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sends articles from files to the ingest API, with progress, and ends with what was accepted or refused and why. */
final class FeedCommand {

    /** What happened to each submitted article, by outcome. */
    record Summary(int accepted, int duplicates, Map<String, Integer> refused, List<String> acceptedIds) {
        int refusedTotal() {
            return refused.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Options options;
    private final Http http;
    private final PrintStream out = System.out;

    FeedCommand(Options options) {
        this.options = options;
        this.http = new Http(options.apiKey());
    }

    int run() throws IOException, InterruptedException {
        if (options.paths().isEmpty()) {
            System.err.println("feed: name at least one file or folder");
            return 2;
        }
        Summary summary = feed(ArticleFiles.expand(options.paths()));
        out.printf("%naccepted %d, duplicates %d, refused %d%n", summary.accepted(), summary.duplicates(),
                summary.refusedTotal());
        summary.refused().forEach((reason, n) -> out.printf("  refused %-16s %d%n", reason, n));
        return summary.refusedTotal() == 0 ? 0 : 1;
    }

    private int total;

    Summary feed(List<Path> files) throws IOException, InterruptedException {
        // Counted first so the bar can show how far it is; files are read again one at a time to keep memory flat.
        for (Path file : files) {
            total += ArticleFiles.read(file, options.source()).size();
        }
        int accepted = 0;
        int duplicates = 0;
        Map<String, Integer> refused = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        long started = System.nanoTime();
        int done = 0;
        for (Path file : files) {
            for (ArticleFiles.Item item : ArticleFiles.read(file, options.source())) {
                done++;
                if (item.error() != null) {
                    refused.merge("unreadable-file", 1, Integer::sum);
                    System.err.printf("%n%s: %s%n", item.origin(), item.error());
                    continue;
                }
                Http.Reply reply = http.post(options.ingestUrl() + "/v1/articles", item.json());
                JsonNode body = reply.body();
                if (reply.status() == 202) {
                    accepted++;
                    ids.add(body.get("id").asText());
                } else if (reply.status() == 200) {
                    duplicates++;
                    ids.add(body.get("id").asText());
                } else {
                    String reason = body != null && body.hasNonNull("reason") ? body.get("reason").asText()
                            : "http-" + reply.status();
                    refused.merge(reason, 1, Integer::sum);
                    System.err.printf("%n%s: refused (%s) %s%n", item.origin(), reason,
                            body != null && body.hasNonNull("detail") ? body.get("detail").asText() : "");
                }
                progress(done, accepted, duplicates, refused.values().stream().mapToInt(Integer::intValue).sum(),
                        started);
            }
        }
        return new Summary(accepted, duplicates, refused, ids);
    }

    /** On a terminal, one line redrawn in place; in a log, a line every few hundred articles. */
    private void progress(int done, int accepted, int duplicates, int refused, long started) {
        boolean terminal = System.console() != null;
        if (!terminal && done % 500 != 0) {
            return;
        }
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        out.printf("%s%s %d of %d  %.1f/s  accepted %d  duplicates %d  refused %d%s", terminal ? "\r" : "",
                bar(done, total), done, total, done / seconds, accepted, duplicates, refused, terminal ? "" : "\n");
        out.flush();
    }

    private static String bar(int done, int total) {
        int width = 24;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]";
    }
}
