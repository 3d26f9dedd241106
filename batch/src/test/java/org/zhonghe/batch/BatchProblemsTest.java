package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhonghe.Messages;
import org.zhonghe.assessment.Problem;

/** Every problem of a batch ledger is told in Chinese and English, in the words and layout of every reader. */
class BatchProblemsTest {
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    /** The codes of {@link ErrorKeys}: every code the batch reports itself. */
    private static Set<String> usedCodes() throws IllegalAccessException {
        Set<String> keys = new TreeSet<>();
        for (Field f : ErrorKeys.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) keys.add((String) f.get(null));
        }
        return keys;
    }

    @Test
    void every_code_formats_in_both_languages_with_its_arguments_filled_in() throws IllegalAccessException {
        Set<String> used = usedCodes();
        assertThat(used).hasSizeGreaterThan(20);
        for (String code : used) {
            assertThat(Messages.of(Locale.ENGLISH).has("problem." + code)).as(code).isTrue();
            assertThat(Messages.of(Locale.CHINESE).has("problem." + code)).as(code).isTrue();
            List<Object> args = new ArrayList<>(List.of("ARG0", "ARG1"));
            Problem p = new Problem("emissions.csv", 17, "amount", "x", code, args);
            String english = p.message(Locale.ENGLISH);
            String chinese = p.message(Locale.CHINESE);
            for (String m : List.of(english, chinese)) assertThat(m).as(code).doesNotContain("{", "}", "''");
            assertThat(english).as(code).doesNotContainPattern(CJK);
            assertThat(chinese).as(code).containsPattern(CJK);
            assertThat(p.toText(Locale.ENGLISH)).isEqualTo("emissions.csv:17, field 'amount': " + english);
            assertThat(p.toText(Locale.CHINESE)).isEqualTo("emissions.csv:17，字段 'amount'：" + chinese);
        }
    }

    @Test
    void the_layout_is_file_line_field_and_the_message_that_quotes_the_value() {
        Problem e = Problem.of("emissions.csv", 17, "amount", "12,5", "number.comma", "12,5");
        assertThat(e.toText(Locale.ENGLISH)).isEqualTo("emissions.csv:17, field 'amount': \"12,5\" is not a decimal number"
                + " (use \".\" for the decimal point and no thousands separator)");
        assertThat(e.toText(Locale.CHINESE)).isEqualTo("emissions.csv:17，字段 'amount'：“12,5”不是十进制数（小数点请用“.”，且不要用千位分隔符）");
        assertThat(e.toText(Locale.SIMPLIFIED_CHINESE)).isEqualTo(e.toText(Locale.CHINESE));

        Problem missing = Problem.of("emissions.csv", 0, "", null, ErrorKeys.MISSING, "emissions.csv");
        assertThat(missing.toText(Locale.ENGLISH)).isEqualTo("emissions.csv: the file emissions.csv is missing");
        assertThat(missing.toText(Locale.CHINESE)).isEqualTo("emissions.csv：缺少文件 emissions.csv");

        Problem before = Problem.of("entities.csv", 4, "to", "2023-01-01", ErrorKeys.PERIOD_ORDER, "2024-01-01", "2023-01-01");
        assertThat(before.toText(Locale.ENGLISH)).isEqualTo("entities.csv:4, field 'to': the period ends (2023-01-01) before it starts (2024-01-01)");
        assertThat(before.atLine(9).line()).isEqualTo(9);
    }

    @Test
    void problems_of_the_core_checks_keep_their_codes_and_words() {
        Problem e = Problem.of("emissions.csv", 5, "gas", "CO3", "gas.unknown", "CO3");
        assertThat(e.toText(Locale.ENGLISH)).isEqualTo("emissions.csv:5, field 'gas': unknown gas \"CO3\"; expected CO2, CO2e or a "
                + "species of the GWP table (CH4, N2O, SF6, NF3, HFC134a, CF4 …; see zhonghe gwp list)");
        assertThat(e.toText(Locale.CHINESE)).startsWith("emissions.csv:5，字段 'gas'：未知气体“CO3”");
    }
}
