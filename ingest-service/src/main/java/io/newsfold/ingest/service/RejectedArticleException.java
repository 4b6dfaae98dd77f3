package io.newsfold.ingest.service;

/**
 * An article refused for a reason the sender can fix. {@link #reason()} is machine-readable and stable; it is the
 * {@code reason} of the HTTP problem and the dead-letter reason on the Kafka path.
 */
public class RejectedArticleException extends RuntimeException {

    private final Reason reason;

    public RejectedArticleException(Reason reason, String detail) {
        super(reason.code() + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return getMessage().substring(reason.code().length() + 2);
    }

    /** Each refusal with the HTTP status it maps to. */
    public enum Reason {
        BAD_JSON("bad-json", 400),
        BAD_CHARSET("bad-charset", 400),
        MISSING_FIELD("missing-field", 400),
        INVALID_ID("invalid-id", 400),
        INVALID_URL("invalid-url", 400),
        INVALID_DATE("invalid-date", 400),
        TOO_LARGE("too-large", 413),
        FUTURE_DATE("future-date", 422),
        EMPTY_TEXT("empty-text", 422),
        HTML_TOO_COMPLEX("html-too-complex", 422),
        NON_ENGLISH("non-english", 422);

        private final String code;
        private final int httpStatus;

        Reason(String code, int httpStatus) {
            this.code = code;
            this.httpStatus = httpStatus;
        }

        public String code() {
            return code;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }
}
