package dev.retrotrack.ingest.retro.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import dev.retrotrack.support.web.ProblemException;
import dev.retrotrack.support.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Reads a Markdown request body as text: UTF-8 unless the {@code Content-Type} names another charset; binary content
 * and bytes that are not text in that charset are refused with a message saying what to do. (The size limit is
 * enforced while reading, by the service-wide body filter.)
 */
final class MarkdownBody {

    private MarkdownBody() {
    }

    static String read(InputStream body, MediaType contentType) throws IOException {
        byte[] bytes = body.readAllBytes();
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.of("empty-body"), "Empty retro",
                    "The request body is empty. Send the retrospective's Markdown as the body.");
        }
        Charset charset = charsetOf(contentType);
        // NUL bytes mean a binary file only in charsets where text never contains them (not UTF-16 or UTF-32).
        int nul = isAsciiCompatible(charset) ? indexOf(bytes, (byte) 0) : -1;
        if (nul >= 0) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.of("binary-body"),
                    "Not a text document", "The body contains a NUL byte at offset " + nul + ", so it is a binary "
                    + "file (a .docx or PDF?), not Markdown text. Export the retro as Markdown (.md) and send that.");
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.of("undecodable-text"),
                    "Text is not " + charset.name(), "The body is not valid " + charset.name() + " text (first bad "
                    + "byte near offset " + firstBadByte(bytes, charset) + "). Save the file as UTF-8, or name its "
                    + "encoding in the Content-Type, e.g. 'text/markdown; charset=windows-1252'.");
        }
    }

    private static Charset charsetOf(MediaType contentType) {
        String name = contentType == null ? null : contentType.getParameter("charset");
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                    "Unknown charset", "The charset '" + name + "' in the Content-Type is not known. "
                    + "Use UTF-8 (recommended) or a standard name such as windows-1252.");
        }
    }

    private static int firstBadByte(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static boolean isAsciiCompatible(Charset charset) {
        return !charset.name().startsWith("UTF-16") && !charset.name().startsWith("UTF-32");
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
