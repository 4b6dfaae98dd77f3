package io.newsfold.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsfold.contracts.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns files into submissions for {@code POST /v1/articles}: a .json file holds one article object or an array of
 * them, a .jsonl file one per line, a .txt file one article whose first line is its headline, and a .html file one
 * raw page (ingest extracts the article from it).
 */
final class ArticleFiles {

    /** One article's JSON body, or why a file or line could not be read. */
    record Item(String origin, String json, String error) {
    }

    private ArticleFiles() {
    }

    static List<Path> expand(List<String> paths) {
        List<Path> files = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ArticleFiles::supported).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    static boolean supported(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".txt") || name.endsWith(".html")
                || name.endsWith(".htm");
    }

    static List<Item> read(Path file, String sourceOption) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return List.of(new Item(file.toString(), null, "not valid UTF-8"));
        } catch (IOException e) {
            return List.of(new Item(file.toString(), null, "cannot read: " + e.getMessage()));
        }
        if (name.endsWith(".jsonl")) {
            List<Item> items = new ArrayList<>();
            String[] lines = content.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    items.add(new Item(file + ":" + (i + 1), lines[i], null));
                }
            }
            return items;
        }
        if (name.endsWith(".json")) {
            return fromJson(file, content);
        }
        if (name.endsWith(".txt")) {
            return List.of(fromText(file, content, sourceOption));
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            ObjectNode body = EventJson.mapper().createObjectNode();
            body.put("source", source(file, sourceOption));
            body.put("html", content);
            return List.of(new Item(file.toString(), body.toString(), null));
        }
        return List.of(new Item(file.toString(), null, "unsupported file type"));
    }

    private static List<Item> fromJson(Path file, String content) {
        try {
            JsonNode tree = EventJson.mapper().readTree(content);
            if (tree.isArray()) {
                List<Item> items = new ArrayList<>();
                for (int i = 0; i < tree.size(); i++) {
                    items.add(new Item(file + "[" + i + "]", tree.get(i).toString(), null));
                }
                return items;
            }
            return List.of(new Item(file.toString(), tree.toString(), null));
        } catch (IOException e) {
            return List.of(new Item(file.toString(), null, "not JSON: " + e.getMessage().lines().findFirst()
                    .orElse("")));
        }
    }

    /** The outlet of a file without one of its own: the option, else the name of the folder it is in. */
    private static String source(Path file, String sourceOption) {
        Path parent = file.toAbsolutePath().getParent();
        return sourceOption != null ? sourceOption : parent == null ? "unknown" : parent.getFileName().toString();
    }

    private static Item fromText(Path file, String content, String sourceOption) {
        String trimmed = content.strip();
        int newline = trimmed.indexOf('\n');
        String title = newline < 0 ? null : trimmed.substring(0, newline).strip();
        String text = newline < 0 ? trimmed : trimmed.substring(newline + 1).strip();
        ObjectNode body = EventJson.mapper().createObjectNode();
        body.put("source", source(file, sourceOption));
        if (title != null) {
            body.put("title", title);
        }
        body.put("text", text);
        return new Item(file.toString(), body.toString(), null);
    }
}
