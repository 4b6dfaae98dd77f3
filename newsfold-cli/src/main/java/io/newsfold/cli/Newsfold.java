package io.newsfold.cli;

import java.util.Arrays;
import java.util.List;

/** {@code newsfold feed|watch|demo}: the commands people run against a running stack. */
public final class Newsfold {

    private Newsfold() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        Options options = Options.parse(Arrays.asList(args).subList(1, args.length));
        int rc = switch (args[0]) {
            case "feed" -> new FeedCommand(options).run();
            case "watch" -> new WatchCommand(options).run();
            case "demo" -> new DemoCommand(options).run();
            case "bench-ingest" -> new IngestBenchCommand(options).run();
            case "bench-gateway" -> new GatewayBenchCommand(options).run();
            case "bench-pipeline" -> new PipelineBenchCommand(options).run();
            case "dlq" -> new DeadLetterCommand(options).run();
            default -> {
                usage();
                yield 2;
            }
        };
        System.exit(rc);
    }

    private static void usage() {
        System.err.println(String.join("\n", List.of(
                "usage: newsfold <command> [options]",
                "  feed PATH...       send .txt, .html, .json and .jsonl articles (files or folders) to ingest",
                "                     --source NAME  outlet for .txt files (default: the folder name)",
                "  watch              print the live event stream from Kafka; --from-beginning to replay",
                "  demo               feed the sample articles and print the stories they form",
                "  dlq [replay]       list dead letters with reason, cause and origin (--topic T, --reason CODE);",
                "                     replay sends each back to the topic it came from, once",
                "  bench-ingest       ingest throughput per path next to the raw Kafka producer rate",
                "                     --count N articles a path (default 2000), --clients N (default 4)",
                "  bench-gateway      read latency with N articles loaded (--count, default 100000)",
                "  bench-pipeline     end to end: NLP alone vs the whole pipeline, latency at a fixed rate,",
                "                     memory and consumer lag; table, JSON and SVG chart. --count N (3000),",
                "                     --rate R (10), --seconds S (60), --nlp-threads T (2), --nlp-sample N (400),",
                "                     --skip-nlp, --label TEXT, --out DIR (default .newsfold/bench)",
                "options: --ingest URL (default http://127.0.0.1:8081), --gateway URL (default",
                "         http://127.0.0.1:8080), --kafka HOST:PORT (default 127.0.0.1:19092)")));
    }
}
