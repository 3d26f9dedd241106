package org.zhonghe.store;

import java.util.List;
import java.util.Random;

/** Ways a person, a spreadsheet or an attacker spells one credit: each is the same credit. */
final class Spellings {
    private static final List<String> VERRA = List.of("VCS", "Verra", "vcs ", "Verified Carbon Standard", "ＶＣＳ", "V\u200BCS", "verra-vcs");

    private Spellings() {}

    static String registry(Random random) {
        return VERRA.get(random.nextInt(VERRA.size()));
    }

    /** {@code serial} (upper-case ASCII) spelt another way: case, full-width digits, dash variants, invisible characters, look-alikes. */
    static String serial(Random random, String serial) {
        StringBuilder out = new StringBuilder();
        for (char ch : serial.toCharArray()) {
            int r = random.nextInt(8);
            if (ch == '-') out.append(switch (r) { case 0 -> '\u2013'; case 1 -> '\u2014'; case 2 -> '\u2212'; case 3 -> '\uFF0D'; default -> '-'; });
            else if (Character.isDigit(ch) && r == 0) out.append((char) ('０' + (ch - '0')));
            else if (ch == 'C' && r == 1) out.append('\u0421');
            else if (Character.isLetter(ch) && r == 2) out.append(Character.toLowerCase(ch));
            else out.append(ch);
            if (random.nextInt(10) == 0) out.append(random.nextBoolean() ? '\u200B' : '\u00AD');
        }
        return (random.nextInt(4) == 0 ? " " : "") + out + (random.nextInt(4) == 0 ? "\uFEFF" : "");
    }
}
