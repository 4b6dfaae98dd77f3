package io.newsfold.gateway.rest;

import io.newsfold.gateway.query.InvalidRequestException;
import io.newsfold.gateway.query.SearchFilter;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters shared by the story list, the article list and the live stream. */
public class FilterParams {

    @QueryParam("q")
    @Parameter(description = "full-text query (web search syntax: words, \"a phrase\", -not, or)",
            example = "ferries ice")
    String query;

    @QueryParam("entity")
    @Parameter(description = "canonical entity key, see /v1/entities", example = "person:mira-halloran")
    String entity;

    @QueryParam("source")
    @Parameter(description = "keep only these outlets (repeatable)")
    List<String> sources;

    @QueryParam("excludeSource")
    @Parameter(description = "leave out these outlets (repeatable)")
    List<String> excludedSources;

    @QueryParam("language")
    @Parameter(description = "ISO 639-1 language code", example = "en")
    String language;

    @QueryParam("from")
    @Parameter(description = "published at or after (ISO date or instant)", example = "2026-02-09")
    String from;

    @QueryParam("to")
    @Parameter(description = "published before (ISO date or instant)", example = "2026-02-11")
    String to;

    @QueryParam("storyId")
    @Parameter(description = "only this story")
    String storyId;

    @QueryParam("skipDuplicates")
    @DefaultValue("false")
    @Parameter(description = "articles: leave out duplicates and copies of another article")
    boolean skipDuplicates;

    SearchFilter filter() {
        Instant fromInstant = instant(from, "from");
        Instant toInstant = instant(to, "to");
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            throw new InvalidRequestException("invalid-date-range", "from must be before to");
        }
        return new SearchFilter(blankToNull(query), blankToNull(entity), clean(sources), clean(excludedSources),
                blankToNull(language), fromInstant, toInstant, blankToNull(storyId), skipDuplicates);
    }

    private static Instant instant(String value, String name) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("invalid-date", name + " must be an ISO date or instant");
        }
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
