package io.newsfold.ingest.service;

import io.newsfold.ingest.service.RejectedArticleException.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/** Parses the publish dates feeds carry (ISO 8601 in its variants, RFC 1123 as in RSS) into UTC instants. */
final class PublishedDates {

    private static final List<Function<String, Instant>> PARSERS = List.of(
            s -> OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant(),
            s -> LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC),
            s -> LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().toInstant(ZoneOffset.UTC),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());

    private PublishedDates() {
    }

    static Instant parse(String value) {
        String s = value.strip();
        for (Function<String, Instant> parser : PARSERS) {
            try {
                return parser.apply(s);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new RejectedArticleException(Reason.INVALID_DATE,
                "publishedAt '" + abbreviate(s) + "' is neither ISO 8601 nor RFC 1123");
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
