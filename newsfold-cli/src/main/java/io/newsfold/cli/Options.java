package io.newsfold.cli;

import java.util.ArrayList;
import java.util.List;

/** Command-line options shared by the commands; defaults follow the local run's ports and their env overrides. */
record Options(String ingestUrl, String gatewayUrl, String kafka, String source, boolean fromBeginning,
        int count, int clients, List<String> paths) {

    static Options parse(List<String> args) {
        String ingest = env("NEWSFOLD_INGEST_URL", "http://127.0.0.1:8081");
        String gateway = env("NEWSFOLD_GATEWAY_URL", "http://127.0.0.1:8080");
        String kafka = env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092");
        String source = null;
        boolean fromBeginning = false;
        int count = 0;
        int clients = 0;
        List<String> paths = new ArrayList<>();
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
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    paths.add(a);
                }
            }
        }
        return new Options(strip(ingest), strip(gateway), kafka, source, fromBeginning, count, clients,
                List.copyOf(paths));
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
