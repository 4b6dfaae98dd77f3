package io.newsfold.infra.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Debian's Chromium, headless, for tests of the reader page: the DOM after the page's scripts ran, and
 * screenshots. Flags keep it off the network this machine does not have.
 */
public final class HeadlessChromium {

    public static final Path BINARY = Path.of("/usr/bin/chromium");

    private final Path profile;

    private HeadlessChromium(Path profile) {
        this.profile = profile;
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    public static HeadlessChromium start() throws IOException {
        return new HeadlessChromium(Files.createTempDirectory("chromium-profile"));
    }

    /** The page's DOM once its scripts have run (a page that keeps a connection open never settles). */
    public String dom(String url) throws IOException, InterruptedException {
        return run("--dump-dom", url);
    }

    /** A screenshot of the page at the given width and height, written to {@code file}. */
    public BufferedImage screenshot(String url, Path file, int width, int height)
            throws IOException, InterruptedException {
        run("--screenshot=" + file.toAbsolutePath(), "--window-size=" + width + "," + height, url);
        return ImageIO.read(file.toFile());
    }

    /** How many different colours a sample of the image has: a blank or failed page has a handful. */
    public static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--virtual-time-budget=8000"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("chromium", ".out");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(out.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within 60 s");
        }
        String dom = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        return dom;
    }
}
