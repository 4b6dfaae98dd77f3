package io.newsfold.contracts;

/**
 * A record that no retry can process. Its message starts with a machine-readable reason code
 * ("bad-json: ...") so that the dead-letter record's reason header can be filtered on.
 */
public class PoisonRecordException extends RuntimeException {

    private final String reason;

    public PoisonRecordException(String reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public PoisonRecordException(String reason, String detail) {
        this(reason, detail, null);
    }

    public String reason() {
        return reason;
    }
}
