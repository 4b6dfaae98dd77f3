package io.newsfold.gateway.query;

/** A request the client must change: answered 400 with a machine-readable reason. */
public class InvalidRequestException extends RuntimeException {

    private final String reason;

    public InvalidRequestException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
