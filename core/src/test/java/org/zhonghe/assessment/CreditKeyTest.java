package org.zhonghe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CreditKeyTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "Verra|VERRA", "vcs|VERRA", "'VCS '|VERRA", "Verified Carbon Standard|VERRA", "ＶＣＳ|VERRA", "V\u200BCS|VERRA",
            "Gold Standard|GOLD_STANDARD", "GS|GOLD_STANDARD", "gsf|GOLD_STANDARD", "gold-standard|GOLD_STANDARD",
            "ACR|ACR", "American Carbon Registry|ACR", "CAR|CAR", "Climate Action Reserve|CAR",
            "ART|ART", "ART TREES|ART", "art-trees|ART", "Isometric|ISOMETRIC", "Cercarbono|CERCARBONO",
            "EcoRegistry|CERCARBONO", "CCER|CCER", "ccer|CCER", "国家核证自愿减排量|CCER", "Puro.earth|PURO",
            "My Local Registry|MY LOCAL REGISTRY", "my-local_registry|MY LOCAL REGISTRY"})
    void registries_are_one_id_with_their_aliases(String written, String id) {
        assertThat(CreditKey.registryId(written)).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "VCS-VCU-0001", " VCS-VCU-0001", "VCS-VCU-0001 ", "\u200BVCS-VCU-0001", "VCS-VCU-\u200B0001", "\uFEFFVCS-VCU-0001",
            "VCS-VCU-00\u00AD01", "VCS-VCU-０００１", "ＶＣＳ－ＶＣＵ－０００１", "VCS\u2013VCU\u20140001", "VCS\u2212VCU\u20110001",
            "vcs-vcu-0001", "Vcs-Vcu-0001", "V\u0421S-VCU-0001", "VCS-VCU-0001\u2060", "VCS-VCU-0001\u00A0"})
    void spellings_of_one_serial_are_one_key(String serial) {
        assertThat(CreditKey.of("vcs", serial)).isEqualTo(CreditKey.of("Verra", "VCS-VCU-0001"));
    }

    @Test
    void different_serials_and_registries_stay_different() {
        assertThat(CreditKey.of("VCS", "0001")).isNotEqualTo(CreditKey.of("VCS", "001"));
        assertThat(CreditKey.of("VCS", "A-1")).isNotEqualTo(CreditKey.of("VCS", "A1"));
        assertThat(CreditKey.of("VCS", "S1")).isNotEqualTo(CreditKey.of("GS", "S1"));
        assertThat(CreditKey.of("VCS", "A 1")).isEqualTo(CreditKey.of("VCS", "A   1")).isNotEqualTo(CreditKey.of("VCS", "A1"));
    }

    @Test
    void an_unknown_registrys_serial_keeps_its_case() {
        assertThat(CreditKey.of("My Registry", "abc-1")).isNotEqualTo(CreditKey.of("my registry", "ABC-1"));
        assertThat(CreditKey.of("My Registry", "abc\u20131")).isEqualTo(CreditKey.of("my registry", "abc-1"));
    }

    @Test
    void invisible_and_look_alike_characters_are_confusable_plain_text_is_not() {
        for (String s : new String[] {"A\u200B1", "\uFEFFA1", "A\u00AD1", "０１", "A\u20131", "\u0410-1", "A\u00A01", "A\u202E1"}) {
            assertThat(CreditKey.isConfusable(s)).as(s).isTrue();
        }
        for (String s : new String[] {"VCS-VCU-0001", " GS-1 ", "CCER 2023 01", "A_1/2.3"}) {
            assertThat(CreditKey.isConfusable(s)).as(s).isFalse();
        }
    }

    /**
     * Printable ASCII is made canonical without the normaliser; the same text with a zero-width
     * space in it (removed by the full reading, which it forces) must give the same key.
     */
    @Test
    void printableAsciiGivesTheKeyTheFullReadingGives() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        String alphabet = "aZ09 -_./:+#()vcsVCSgoldStandardccer";
        String[] registries = {"Verra", "VCS", "gold standard", "Gold-Standard", "  CCER ", "my.registry", "X  Y", "cdm"};
        for (int i = 0; i < 5000; i++) {
            StringBuilder serial = new StringBuilder();
            for (int n = rnd.nextInt(12); n > 0; n--) serial.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            String registry = registries[rnd.nextInt(registries.length)];
            String s = serial.toString();
            int cut = rnd.nextInt(s.length() + 1);
            String slow = s.substring(0, cut) + "\u200B" + s.substring(cut);
            assertThat(CreditKey.of(registry, s)).as("'%s' '%s'", registry, s)
                    .isEqualTo(CreditKey.of(registry + "\u200B", slow));
        }
    }

    /** Printable ASCII read from bytes must be what a loop over the characters finds, for any character. */
    @Test
    void printable_ascii_is_told_from_every_other_character() {
        for (int c = 0; c < 0x10000; c++) {
            String one = String.valueOf((char) c);
            boolean printable = c >= 0x20 && c <= 0x7E;
            assertThat(CreditKey.isPrintableAscii(one)).as("U+%04X", c).isEqualTo(printable);
            assertThat(CreditKey.isPrintableAscii("VCS-" + one + "-01")).as("U+%04X inside", c).isEqualTo(printable);
            if (!printable && !Character.isSurrogate((char) c)) {
                // the fast path of isConfusable never decides a serial with such a character
                assertThat(CreditKey.isConfusable("A" + one + "1")).as("U+%04X", c)
                        .isEqualTo(CreditKey.isConfusable(" A" + one + "1"));
            }
        }
        assertThat(CreditKey.isPrintableAscii("\uD83D\uDE00")).isFalse(); // a pair of surrogates
        assertThat(CreditKey.isPrintableAscii("")).isTrue();
    }
}
