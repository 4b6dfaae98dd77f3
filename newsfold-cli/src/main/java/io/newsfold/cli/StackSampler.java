package io.newsfold.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Samples the running stack once a second: the resident memory of every process of the local run (the pid files
 * {@code ./newsfold up} writes, plus PostgreSQL's server and backends) and the lag of every service's consumer group.
 */
final class StackSampler implements AutoCloseable {

    /**
     * One second of the stack: seconds since the start, lag per consumer group, RSS per process in MiB, and CPU
     * seconds each process has used since it started (user plus system).
     */
    record Sample(double at, Map<String, Long> lag, Map<String, Long> rssMib, Map<String, Double> cpuSeconds) {

        long totalRssMib() {
            return rssMib.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Path runDir;
    private final Path dataDir;
    private final Admin admin;
    private final long start;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Map<String, Long> peakRss = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stack-sampler");
        t.setDaemon(true);
        return t;
    });

    StackSampler(String kafka, Path runDir, Path dataDir, long startNanos) {
        this.runDir = runDir;
        this.dataDir = dataDir;
        this.start = startNanos;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka));
        timer.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** The highest RSS each process reached while sampled. */
    Map<String, Long> peakRssMib() {
        return new TreeMap<>(peakRss);
    }

    /** The highest sum of all processes' RSS at one moment. */
    long peakTotalRssMib() {
        return samples.stream().mapToLong(Sample::totalRssMib).max().orElse(0);
    }

    private void sample() {
        try {
            Map<String, Long> rss = new TreeMap<>();
            Map<String, Double> cpu = new TreeMap<>();
            processes().forEach((name, pids) -> {
                long kib = 0;
                double seconds = 0;
                for (String pid : pids) {
                    kib += rssKib(pid);
                    seconds += cpuSeconds(pid);
                }
                if (kib > 0) {
                    rss.put(name, kib / 1024);
                    cpu.put(name, seconds);
                }
            });
            rss.forEach((name, mib) -> peakRss.merge(name, mib, Math::max));
            samples.add(new Sample((System.nanoTime() - start) / 1e9, lag(), rss, cpu));
        } catch (RuntimeException e) {
            System.err.println("sampling failed: " + e.getMessage());
        }
    }

    /** The processes of the local run by name: one pid a service instance, all of PostgreSQL's under one name. */
    private Map<String, List<String>> processes() {
        Map<String, List<String>> out = new TreeMap<>();
        if (runDir != null && Files.isDirectory(runDir)) {
            try (Stream<Path> files = Files.list(runDir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".pid")).toList()) {
                    out.put(f.getFileName().toString().replace(".pid", ""), List.of(Files.readString(f).strip()));
                }
            } catch (IOException e) {
                // A pid file removed while listing: that process is gone, nothing to count.
            }
        }
        List<String> postgres = postgresPids();
        if (!postgres.isEmpty()) {
            out.put("postgres", postgres);
        }
        return out;
    }

    /** PostgreSQL forks a backend per connection; the server is all the processes on its data folder. */
    private List<String> postgresPids() {
        List<String> pids = new ArrayList<>();
        if (dataDir == null) {
            return pids;
        }
        String marker = dataDir.resolve("postgres").toString();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline"))).replace('\0', ' ');
                    if (cmd.contains("postgres") && (cmd.contains(marker) || isChildOfPostgres(p, marker))) {
                        pids.add(p.getFileName().toString());
                    }
                } catch (IOException e) {
                    // The process ended while we looked.
                }
            }
        } catch (IOException e) {
            return pids;
        }
        return pids;
    }

    /** User plus system CPU time from /proc/PID/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux). */
    private static double cpuSeconds(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean isChildOfPostgres(Path proc, String marker) throws IOException {
        String stat = Files.readString(proc.resolve("stat"));
        String ppid = stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1];
        String parent = new String(Files.readAllBytes(Path.of("/proc", ppid, "cmdline"))).replace('\0', ' ');
        return parent.contains(marker);
    }

    private static long rssKib(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private Map<String, Long> lag() {
        Map<String, Long> out = new TreeMap<>();
        try {
            List<String> groups = new ArrayList<>();
            for (ConsumerGroupListing g : admin.listConsumerGroups().all().get(5, TimeUnit.SECONDS)) {
                if (!g.groupId().startsWith("bench") && !g.groupId().startsWith("newsfold-watch")) {
                    groups.add(g.groupId());
                }
            }
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                        admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
                long lag = 0;
                for (var e : committed.entrySet()) {
                    if (e.getValue() != null && ends.containsKey(e.getKey())) {
                        lag += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset());
                    }
                }
                out.put(group, lag);
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        return out;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        admin.close();
    }
}
