package dev.retrotrack.ingest.parsing.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class CodePageTest {

    @Test
    void readsBackEveryByteTheJdkDecodesWithWindows1252() {
        assertAgreesWithJdk(CodePage.WINDOWS_1252, Mojibake.WINDOWS_1252);
    }

    @Test
    void readsBackEveryByteTheJdkDecodesWithMacRoman() {
        assertAgreesWithJdk(CodePage.MAC_ROMAN, Mojibake.MAC_ROMAN);
    }

    @Test
    void readsC1ControlsBackAsTheirByteUnderWindows1252Only() {
        for (char c = '\u0080'; c <= '\u009F'; c++) {
            assertThat(CodePage.WINDOWS_1252.byteOf(c)).isEqualTo((int) c);
            assertThat(CodePage.MAC_ROMAN.byteOf(c)).isEqualTo(CodePage.UNMAPPED);
        }
    }

    @Test
    void readsTheReplacementCharacterAsALostByteUnderWindows1252Only() {
        assertThat(CodePage.WINDOWS_1252.byteOf('\uFFFD')).isEqualTo(CodePage.LOST_BYTE);
        assertThat(CodePage.MAC_ROMAN.byteOf('\uFFFD')).isEqualTo(CodePage.UNMAPPED);
    }

    @Test
    void readsOtherSpellingsOfMacRomanSymbols() {
        assertThat(CodePage.MAC_ROMAN.byteOf('\u2126')).isEqualTo(0xBD);
        assertThat(CodePage.MAC_ROMAN.byteOf('\u0394')).isEqualTo(0xC6);
        assertThat(CodePage.MAC_ROMAN.byteOf('\u03BC')).isEqualTo(0xB5);
        assertThat(CodePage.MAC_ROMAN.byteOf('\u00A4')).isEqualTo(0xDB);
    }

    @Test
    void mapsNoAsciiCharacter() {
        for (char c = 0; c < 0x80; c++) {
            assertThat(CodePage.WINDOWS_1252.byteOf(c)).isEqualTo(CodePage.UNMAPPED);
            assertThat(CodePage.MAC_ROMAN.byteOf(c)).isEqualTo(CodePage.UNMAPPED);
        }
    }

    private static void assertAgreesWithJdk(CodePage page, Charset charset) {
        for (int b = 0x80; b <= 0xFF; b++) {
            String decoded = new String(new byte[] {(byte) b}, charset);
            if (!decoded.equals("\uFFFD")) {
                assertThat(page.byteOf(decoded.charAt(0))).as("byte %02X decoded as U+%04X", b, (int) decoded.charAt(0))
                        .isEqualTo(b);
            }
        }
    }
}
