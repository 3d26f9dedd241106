package org.zhonghe.registry;

import java.util.Locale;
import java.util.Objects;
import org.zhonghe.assessment.RemovalKind;

/**
 * One line of the class mapping {@code credit-classes.csv}: for {@code registry} (null: any),
 * a text of {@code field} holding {@code match} (case-insensitive, at word boundaries) gives
 * {@code creditClass}. {@code removalKind} is the kind of a removal credit of such a project —
 * on an unclassified line, the kind when the registry's own column says removal.
 *
 * @param line the line in the mapping file (the header is line 1)
 */
record ClassRule(Registry registry, Field field, String match, CreditClass creditClass, RemovalKind removalKind,
                 String reason, String source, int line) {
    /** The text a line matches against. */
    enum Field {
        /** The registry's own statement: CAR's Reduction/Removal, Gold Standard's Label, ACR's Verified Removal. */
        STATED,
        /** One methodology or protocol (Verra lists several, separated by ';'); Isometric's protocol. */
        METHODOLOGY,
        /** The registry's project type; Isometric's pathway. */
        PROJECT_TYPE
    }

    ClassRule {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(creditClass, "creditClass");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
    }

    boolean appliesTo(Registry r, Field f, String text) {
        if (text == null || f != field || (registry != null && registry != r)) return false;
        String t = text.toLowerCase(Locale.ROOT);
        String m = match.toLowerCase(Locale.ROOT);
        for (int i = t.indexOf(m); i >= 0; i = t.indexOf(m, i + 1)) {
            boolean startOk = i == 0 || !wordChar(t.charAt(i - 1));
            int end = i + m.length();
            boolean endOk = end == t.length() || !Character.isLetterOrDigit(t.charAt(end)) || !wordChar(m.charAt(m.length() - 1));
            if (startOk && endOk) return true;
        }
        return false;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    Classification toClassification() {
        return new Classification(creditClass, creditClass == CreditClass.REMOVAL ? removalKind : null, reason, source);
    }
}
