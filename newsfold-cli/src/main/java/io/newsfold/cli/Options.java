package io.newsfold.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options shared by the commands; defaults follow the local run's ports and their env overrides. */
record Options(String ingestUrl, String gatewayUrl, String kafka, String source, boolean fromBeginning,
        int count, int clients, List<String> paths, Map<String, String> extra, String apiKey) {

    /** Options only one command reads (the pipeline benchmark, dlq); flags without a value map to "true". */
    private static final Set<String> EXTRA_VALUES = Set.of("--rate", "--seconds", "--nlp-threads", "--nlp-sample",
            "--label", "--out", "--topic", "--reason");
    private static final Set<String> EXTRA_FLAGS = Set.of("--skip-nlp");

    static Options parse(List<String> args) {
        String ingest = env("NEWSFOLD_INGEST_URL", "http://127.0.0.1:8081");
        String gateway = env("NEWSFOLD_GATEWAY_URL", "http://127.0.0.1:8080");
        String kafka = env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092");
        // ./newsfold exports the local run's key; never taken from the command line, where ps would show it.
        String apiKey = env("NEWSFOLD_API_KEY", null);
        String source = null;
        boolean fromBeginning = false;
        int count = 0;
        int clients = 0;
        List<String> paths = new ArrayList<>();
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--ingest" -> ingest = value(args, ++i, a);
                case "--gateway" -> gateway = value(args, ++i, a);
                case "--kafka" -> kafka = value(args, ++i, a);
                case "--source" -> source = value(args, ++i, a);
                case "--from-beginning" -> fromBeginning = true;
                case "--count" -> count = Integer.parseInt(value(args, ++i, a));
                case "--clients" -> clients = Integer.parseInt(value(args, ++i, a));
                default -> {
                    if (EXTRA_VALUES.contains(a)) {
                        extra.put(a.substring(2), value(args, ++i, a));
                        continue;
                    }
                    if (EXTRA_FLAGS.contains(a)) {
                        extra.put(a.substring(2), "true");
                        continue;
                    }
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    paths.add(a);
                }
            }
        }
        return new Options(strip(ingest), strip(gateway), kafka, source, fromBeginning, count, clients,
                List.copyOf(paths), Map.copyOf(extra), apiKey);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
