package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every error of a batch ledger is told in Chinese and English. */
class LedgerErrorTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.zhonghe.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The keys of {@link ErrorKeys}: every batch.error key the batch uses. */
    private static Set<String> usedKeys() throws IllegalAccessException {
        Set<String> keys = new TreeSet<>();
        for (Field f : ErrorKeys.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) keys.add((String) f.get(null));
        }
        return keys;
    }

    private static Set<String> batchErrorKeys(ResourceBundle b) {
        Set<String> keys = new TreeSet<>();
        for (String k : b.keySet()) if (k.startsWith("batch.error.")) keys.add(k);
        return keys;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void both_bundles_have_exactly_the_batch_error_keys_the_batch_uses() throws IllegalAccessException {
        Set<String> used = usedKeys();
        assertThat(used).hasSizeGreaterThan(15).allSatisfy(k -> assertThat(k).startsWith("batch.error."));
        assertThat(batchErrorKeys(bundle(Locale.ENGLISH))).isEqualTo(used);
        assertThat(batchErrorKeys(bundle(Locale.CHINESE))).isEqualTo(used);
    }

    @Test
    void every_key_formats_in_both_languages_with_its_arguments_filled_in() throws IllegalAccessException {
        ResourceBundle en = bundle(Locale.ENGLISH);
        ResourceBundle zh = bundle(Locale.CHINESE);
        for (String key : usedKeys()) {
            Set<String> slots = placeholders(en.getString(key));
            assertThat(placeholders(zh.getString(key))).as("placeholders of %s in zh", key).isEqualTo(slots);
            List<String> args = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) args.add("ARG" + i);
            LedgerError e = new LedgerError("emissions.csv", 17, "amount", "x", key, args);
            String english = e.message(Locale.ENGLISH);
            String chinese = e.message(Locale.CHINESE);
            for (String m : List.of(english, chinese)) {
                assertThat(m).as(key).doesNotContain("{", "}", "''");
                for (String arg : args) assertThat(m).as(key).contains(arg);
            }
            assertThat(english).as(key).doesNotContainPattern(CJK);
            assertThat(chinese).as(key).containsPattern(CJK);
            assertThat(e.toString()).isEqualTo("emissions.csv:17, field 'amount': 'x' " + english);
            assertThat(e.toString(Locale.CHINESE)).isEqualTo("emissions.csv:17，字段 'amount'：'x' " + chinese);
        }
    }

    @Test
    void the_layout_is_file_line_field_value_message() {
        LedgerError e = new LedgerError("emissions.csv", 17, "amount", "12;5", ErrorKeys.NOT_DECIMAL);
        assertThat(e.toString()).isEqualTo("emissions.csv:17, field 'amount': '12;5' is not a decimal number (use '.')");
        assertThat(e.toString(Locale.ENGLISH)).isEqualTo(e.toString());
        assertThat(e.message()).isEqualTo("is not a decimal number (use '.')");
        assertThat(e.toString(Locale.CHINESE)).isEqualTo("emissions.csv:17，字段 'amount'：'12;5' 不是小数（请用 '.'）");
        assertThat(e.toString(Locale.SIMPLIFIED_CHINESE)).isEqualTo(e.toString(Locale.CHINESE));

        LedgerError missing = new LedgerError("emissions.csv", 0, "", null, ErrorKeys.MISSING);
        assertThat(missing.toString()).isEqualTo("emissions.csv:0: is missing");
        assertThat(missing.toString(Locale.CHINESE)).isEqualTo("emissions.csv:0：文件缺失");

        LedgerError before = new LedgerError("entities.csv", 4, "to", "2023-01-01", ErrorKeys.BEFORE_FROM, "2024-01-01");
        assertThat(before.toString()).isEqualTo("entities.csv:4, field 'to': '2023-01-01' is before 'from' (2024-01-01)");
        assertThat(before.toString(Locale.CHINESE)).isEqualTo("entities.csv:4，字段 'to'：'2023-01-01' 早于 'from'（2024-01-01）");
        assertThat(before.atLine(9).line()).isEqualTo(9);
        assertThat(before.atLine(9).message(Locale.CHINESE)).isEqualTo(before.message(Locale.CHINESE));
    }

    @Test
    void errors_of_the_core_checks_keep_the_core_problem_keys() {
        LedgerError e = new LedgerError("emissions.csv", 5, "gas", "CO3", "problem.gas.unknown", "CO3");
        assertThat(e.toString()).isEqualTo("emissions.csv:5, field 'gas': 'CO3' unknown gas \"CO3\"; expected CO2, CO2e or a "
                + "species of the GWP table (CH4, N2O, SF6, NF3, HFC134a, CF4 …; see zhonghe gwp list)");
        assertThat(e.toString(Locale.CHINESE)).startsWith("emissions.csv:5，字段 'gas'：'CO3' 未知气体“CO3”");
    }
}
