package io.newsfold.ingest.rest;

import io.newsfold.ingest.service.RejectedArticleException;
import io.newsfold.ingest.service.RejectedArticleException.Reason;
import jakarta.ws.rs.core.MediaType;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Decodes request bodies strictly: bytes that are not valid in the declared charset (UTF-8 unless the
 * Content-Type says otherwise) are refused instead of silently turned into replacement characters.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    static String decode(byte[] body, MediaType type) {
        Charset charset = charsetOf(type);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RejectedArticleException(Reason.BAD_CHARSET, "the body is not valid " + charset.name());
        }
    }

    static Charset charsetOf(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new RejectedArticleException(Reason.BAD_CHARSET, "unknown charset " + name);
        }
    }
}
