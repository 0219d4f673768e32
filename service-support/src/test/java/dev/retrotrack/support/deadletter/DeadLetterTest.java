package dev.retrotrack.support.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class DeadLetterTest {

    @Test
    void textStaysReadableAndBinaryRoundTripsThroughBase64() {
        byte[] text = "{\"café\": 1}".getBytes(StandardCharsets.UTF_8);
        byte[] binary = {0, (byte) 0xff, (byte) 0xc3, 0x28};

        DeadLetter readable = DeadLetter.of("s", "t", 0, 1, "k", text, new IllegalStateException("x"), Instant.EPOCH);
        DeadLetter opaque = DeadLetter.of("s", "t", 0, 2, "k", binary, new IllegalStateException("x"), Instant.EPOCH);

        assertThat(readable.payloadBase64()).isFalse();
        assertThat(readable.payload()).isEqualTo("{\"café\": 1}");
        assertThat(opaque.payloadBase64()).isTrue();
        assertThat(opaque.value()).containsExactly(binary);
        assertThat(readable.value()).containsExactly(text);
        assertThat(opaque.id()).isEqualTo("t-0-2");
        assertThat(opaque.status()).isEqualTo(DeadLetter.Status.PENDING);
    }

    @Test
    void longExceptionMessagesAreCut() {
        DeadLetter letter = DeadLetter.of("s", "t", 0, 1, null, new byte[0],
                new IllegalStateException("x".repeat(5_000)), Instant.EPOCH);

        assertThat(letter.exceptionMessage()).hasSize(2_001).endsWith("…");
        assertThat(letter.exceptionClass()).isEqualTo(IllegalStateException.class.getName());
    }
}
