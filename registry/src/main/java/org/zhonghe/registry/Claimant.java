package org.zhonghe.registry;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * On whose behalf a retirement was made, as its record tells it (docs/registries.md, "Who a
 * retirement is for"). In order:
 * <ol>
 *   <li>the beneficiary column, or the name it gives after "on behalf of" ("Emergent retiring on
 *       behalf of Chanel" is for Chanel);</li>
 *   <li>a name the notes give clearly: "on behalf of X", "retired on behalf X", Spanish "a nombre
 *       de X", Gold Standard's "Marketplace Order GSM… for X";</li>
 *   <li>where the registry's own reason says the retirement was made for a third party (the APX
 *       registries' {@code Retirement Reason} "On Behalf of Third Party", the first part of the
 *       notes), a name the details lead with in one of the forms the exports use ("X for 2025
 *       emissions", "X - Transaction Reference N", "X -- offsetting the carbon footprint of my
 *       organization", "For X", "Retired by X in support of its …"); else nobody is named, and
 *       the account holder — the intermediary — is never the beneficiary;</li>
 *   <li>else the account holder.</li>
 * </ol>
 * A name for someone's customers, clients or users ("Lenovo Clients", "BEF Customers",
 * "Tradewater’s Individual Retail Customers", "Carbon Neutral Indiana’s community") is for a
 * third party the registry does not name, not for that someone — also when the beneficiary column
 * names that someone and the notes say its customers; "Anonymous", "Not public" and the
 * like name nobody. What is read is Zhonghe's reading of the exports' free text, kept conservative:
 * a form not listed here names nobody.
 *
 * @param name  the beneficiary's name as written; null when the record names none
 * @param kind  how the record names (or does not name) the beneficiary
 * @param words the words that stand for an unnamed third party ("Lenovo Clients"), or for
 *              {@link Kind#THIRD_PARTY} the account holder who retired on its behalf; may be null
 */
public record Claimant(String name, Kind kind, String words) {
    /** How a record names its beneficiary. */
    public enum Kind {
        /** a name: the beneficiary column, a name in the notes, or the account holder */
        NAMED,
        /** the registry says a third party and names none clearly: the account holder is not it */
        THIRD_PARTY,
        /** for someone's customers, clients, users or community: not for that someone */
        CUSTOMERS,
        /** the record names nobody: no beneficiary, no account holder, no name in its notes */
        NOBODY
    }

    /** The APX registries' {@code Retirement Reason} for a retirement made for someone other than the account holder. */
    static final String THIRD_PARTY_REASON = "on behalf of third party";

    private static final String END = "(?=\\s+(?:to|for|in|as|and its)\\s|\\s+[-–—]\\s|[,;|\\n(]|\\.(?:\\s|$)|$)";
    private static final String END_ES = "(?=\\s+(?:para|por|en|to|for)\\s|\\s+[-–—]\\s|[,;|\\n(]|\\.(?:\\s|$)|$)";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A name the text gives, anywhere in it. */
    private static final List<Pattern> NAMED_IN = List.of(
            Pattern.compile("on (?:the )?be ?half of\\s+(.+?)" + END, CI),
            Pattern.compile("retired on behalf\\s+(?!of\\b)(.+?)" + END, CI),
            Pattern.compile("(?<![\\p{L}])a nombre de\\s+(.+?)" + END_ES, CI),
            Pattern.compile("marketplace order GSM\\d+ for\\s+(.+?)" + END, CI));
    /** A name the details of a third party's retirement lead with. */
    private static final List<Pattern> LEADING = List.of(
            Pattern.compile("^(\\p{Lu}.{1,80}?) for (?:(?:CY|FY|YE)\\s?)?\\d{4}\\b"),
            Pattern.compile("^(\\p{Lu}.{1,80}?)\\s+-+\\s+Transaction Reference\\b", CI),
            Pattern.compile("^(\\p{Lu}.{1,80}?)\\s+-+\\s+(?:I am )?offsetting the carbon footprint of my organi[sz]ation", CI),
            Pattern.compile("^For\\s+(\\p{Lu}.+?)" + END),
            Pattern.compile("^Retired by\\s+(\\p{Lu}.{1,80}?) in support of (?:its|their)\\b", CI));
    /** Words of a name that make it someone's customers rather than someone. */
    private static final Pattern CUSTOMERS = Pattern.compile(
            "(?<![\\p{L}])(?:clients?|customers?|(?:end )?users?)(?![\\p{L}])|['’]s\\s+(?:\\S+\\s+){0,2}(?:community|members)(?![\\p{L}])", CI);
    /** Names that name nobody. */
    private static final Set<String> NOBODY = Set.of("anonymous", "anonymously", "not public", "third party", "undisclosed",
            "confidential");

    public Claimant {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.NAMED) != (name != null)) {
            throw new IllegalArgumentException("a name exactly when named: " + kind + ", '" + name + "'");
        }
    }

    /** Who {@code r} was retired (or cancelled) for. */
    public static Claimant of(RegistryRecord r) {
        if (r.beneficiary() != null) {
            Claimant c = from(namedIn(r.beneficiary()).orElse(r.beneficiary()));
            // the notes say the beneficiary's customers (isometric/retirements.csv:94: beneficiary "Patch",
            // notes "Retired on behalf of Patch’s customers and/or their end users"): they are, not it
            Claimant notes = namedIn(r.notes()).map(Claimant::from).orElse(null);
            if (c != null && c.kind() == Kind.NAMED && notes != null && notes.kind() == Kind.CUSTOMERS
                    && Names.matches(notes.words(), c.name())) return notes;
            if (c != null) return c;
        }
        Optional<String> inNotes = namedIn(r.notes());
        if (inNotes.isPresent()) {
            Claimant c = from(inNotes.get());
            if (c != null) return c;
        }
        if (isThirdParty(r)) {
            Optional<String> leading = leading(details(r.notes()));
            Claimant c = leading.map(Claimant::from).orElse(null);
            return c != null ? c : new Claimant(null, Kind.THIRD_PARTY, r.accountHolder());
        }
        if (r.accountHolder() != null) {
            Claimant c = from(r.accountHolder());
            if (c != null) return c;
        }
        return new Claimant(null, Kind.NOBODY, null);
    }

    /** The name "on behalf of", "retired on behalf", "a nombre de" or "Marketplace Order GSM… for" gives, if the text says one. */
    static Optional<String> namedIn(String text) {
        if (text == null) return Optional.empty();
        for (Pattern p : NAMED_IN) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String name = m.group(1).strip();
                if (!NOBODY.contains(Names.normalize(name)) && !name.isEmpty()) return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The registry's reason says a third party: the notes begin with "On Behalf of Third Party". */
    static boolean isThirdParty(RegistryRecord r) {
        if (r.notes() == null) return false;
        String n = r.notes().strip().toLowerCase(Locale.ROOT);
        return n.equals(THIRD_PARTY_REASON) || n.startsWith(THIRD_PARTY_REASON + " | ");
    }

    private static String details(String notes) {
        int bar = notes.indexOf(" | ");
        return bar < 0 ? "" : notes.substring(bar + 3).strip();
    }

    private static Optional<String> leading(String details) {
        for (Pattern p : LEADING) {
            Matcher m = p.matcher(details);
            if (m.find()) return Optional.of(m.group(1).strip());
        }
        return Optional.empty();
    }

    /** A name as read: someone's customers, nobody (null), or the name. */
    private static Claimant from(String name) {
        String n = name.strip();
        if (n.isEmpty() || NOBODY.contains(Names.normalize(n))) return null;
        if (CUSTOMERS.matcher(n).find()) return new Claimant(null, Kind.CUSTOMERS, n);
        return new Claimant(n, Kind.NAMED, null);
    }
}
