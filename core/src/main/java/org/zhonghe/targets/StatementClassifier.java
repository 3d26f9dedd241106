package org.zhonghe.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.zhonghe.targets.ClassificationReason.Kind;
import org.zhonghe.targets.StatementWords.Match;

/**
 * Classifies a target statement by its wording (Table 1's categories) in English, Chinese, Japanese,
 * German, French, Italian, Spanish or Portuguese, with the words of each language kept as data
 * ({@code org/zhonghe/targets/words/}). Rule-based and explainable: every decision is a
 * {@link ClassificationReason} naming the words that made it.
 *
 * <ol>
 *   <li>Neutrality words (net zero, zero carbon, carbon neutral, climate neutral) count unless denied in
 *       their clause ("no specific policy to achieve net zero") or said of another actor in their
 *       sentence ("the national government aims …").</li>
 *   <li>Each candidate year (not a base year such as "compared to 1990" / 比2005年, not a date such as
 *       "September 2015" / 2015年9月) goes to the nearest target word, peak word or reduction amount, in
 *       the same clause if it can; a neutrality word looks for its year on its language's usual side.</li>
 *   <li>The end target is the neutrality word with the latest year; the others are interim targets.
 *       "By or around mid-century" gives no year (the Glasgow wording, §3.1).</li>
 *   <li>Without a neutrality word: BAU, intensity, another form (per capita, decarbonise, 1.5 °C), an
 *       absolute reduction (with an amount or base year), an explicit "no target"; a reduction or peak
 *       without an amount is {@code other}; a statement of intent alone is {@code none}.</li>
 *   <li>Gases (§4.3): "only CO2", or a neutrality word that names CO2 ("CO2 neutral", even with separate
 *       action on methane), is CO2; a greenhouse-gas word or the word climate neutral is all GHGs; CO2
 *       alone is CO2; methane alone is not all GHGs; otherwise unspecified. Clauses about the peak only
 *       do not count (China's peak is CO2, its neutrality unclear).</li>
 *   <li>{@link StatementFinding#MISLABELLED_TARGET}: a neutrality word with net emissions at a past
 *       year's level or capped at an amount (Costa Rica 2015, Ethiopia 2015, §3.1).</li>
 * </ol>
 */
public final class StatementClassifier {
    private static final String[] NEUTRALITY_KEYS = {"net-zero", "zero-carbon", "carbon-neutral", "climate-neutral"};

    private StatementClassifier() {}

    /** Classifies a statement that has no date of its own; never null, an empty text is {@link TargetCategory#NONE}. */
    public static StatementClassification classify(String statement) {
        return classify(statement, null, StatementWords.get());
    }

    /**
     * Classifies a statement of a known date: a year before {@code asOf} is not a future target year (the
     * explanation names it, {@link Kind#PAST_YEAR}).
     *
     * @param asOf the year of the text's own date (a tracker row's {@code Last_updated}); {@code null} when unknown
     */
    public static StatementClassification classify(String statement, Integer asOf) {
        return classify(statement, asOf, StatementWords.get());
    }

    /** Classifies a statement with these words (the tests compare {@link StatementWords#regexOnly()}). */
    static StatementClassification classify(String statement, StatementWords words) {
        return classify(statement, null, words);
    }

    private static StatementClassification classify(String statement, Integer asOf, StatementWords words) {
        Objects.requireNonNull(statement, "statement");
        StatementText text = StatementText.of(statement, words);
        List<ClassificationReason> reasons = new ArrayList<>();
        if (text.isEmpty()) {
            return new StatementClassification(TargetCategory.NONE, null, null, null, List.of(), List.of(), reasons);
        }
        List<Match> notes = new ArrayList<>();
        text = text.withoutSentencesOf("tracker-note", words, notes);
        notes.forEach(n -> reasons.add(new ClassificationReason(Kind.TRACKER_NOTE, n.words(), n.language(), "")));
        if (text.value().replaceAll("[\\p{Punct}\\s“”‘’]", "").isEmpty()) {
            reasons.add(new ClassificationReason(Kind.NOTES_ONLY, "", "", TargetCategory.NONE.id()));
            return new StatementClassification(TargetCategory.NONE, null, null, null, List.of(), List.of(), reasons);
        }
        String t = text.value();
        List<Match> neutrality = counted(text, words, reasons);
        List<Match> peaks = words.find("peak", t);
        List<Match> amounts = words.find("percent", t).stream().filter(a -> !superseded(t, words, a)).toList();
        StatementYears allYears = StatementYears.of(text, words, asOf);
        for (StatementYears.Year y : allYears.all()) {
            Kind kind = switch (y.use()) {
                case CITATION -> Kind.CITED_YEAR;
                case PERIOD_START -> Kind.PERIOD_START;
                case PAST -> Kind.PAST_YEAR;
                case CANDIDATE, BASE, DATE -> null;
            };
            if (kind != null) {
                reasons.add(new ClassificationReason(kind, y.words(), "", asOf == null ? "" : String.valueOf(asOf)));
            }
        }
        YearAssignment years = YearAssignment.of(text, words, allYears, neutrality, peaks, amounts);

        TargetCategory category;
        Integer targetYear;
        List<TargetMention> interim = new ArrayList<>();
        Match end = null;
        if (!neutrality.isEmpty()) {
            end = neutrality.stream().max(Comparator.comparingInt((Match m) -> {
                Integer y = years.of(m);
                return y == null ? Integer.MIN_VALUE : y;
            }).thenComparing(Comparator.comparingInt(Match::start).reversed())).orElseThrow();
            category = category(end.key());
            targetYear = years.of(end);
            reasons.add(new ClassificationReason(Kind.END_TARGET, end.words(), end.language(),
                    category.id() + (targetYear == null ? "" : " " + targetYear)));
            if (targetYear == null) {
                int[] sentence = text.sentence(end.start());
                Match mid = words.first("mid-century", t.substring(sentence[0], sentence[1]));
                if (mid != null) {
                    reasons.add(new ClassificationReason(Kind.MID_CENTURY, mid.words(), mid.language(), ""));
                }
            }
            for (Match m : neutrality) {
                Integer y = years.of(m);
                if (m != end && y != null && !y.equals(targetYear) && interim.stream()
                        .noneMatch(i -> i.year().equals(y) && i.category() == category(m.key()))) {
                    interim.add(new TargetMention(category(m.key()), y, m.words(), m.language()));
                }
            }
        } else {
            category = reductionForm(text, words, amounts, allYears.hasBaseYear(), reasons);
            targetYear = category == TargetCategory.NONE ? null : years.nearestTo(words, category, text);
        }
        for (Match a : amounts) {
            Integer y = years.of(a);
            TargetCategory kind = reductionKind(text, words, a);
            if (y != null && !y.equals(targetYear) && end != null && interim.stream().noneMatch(i ->
                    i.year().equals(y) && i.category() == kind && i.words().equals(a.words()))) {
                interim.add(new TargetMention(kind, y, a.words(), a.language()));
            }
        }
        interim.forEach(i -> reasons.add(new ClassificationReason(Kind.INTERIM_TARGET, i.words(), i.language(),
                i.category().id() + " " + i.year())));
        GasCoverage gases = category == TargetCategory.NONE ? null : StatementGases.read(text, words, category, end,
                reasons);
        List<StatementFinding> findings = new ArrayList<>();
        if (category.isNeutrality() && misused(t, words, reasons)) {
            findings.add(StatementFinding.MISLABELLED_TARGET);
        }
        if (category.isNeutrality() && gases == GasCoverage.UNSPECIFIED) {
            findings.add(StatementFinding.GAS_COVERAGE_UNSPECIFIED);
        }
        return new StatementClassification(category, targetYear, gases, years.peakYear(), findings, interim, reasons);
    }

    /** An amount that was replaced by another: "increased from 9% to 15.8%" (the 9% is no longer a target). */
    private static boolean superseded(String t, StatementWords words, Match amount) {
        String before = t.substring(Math.max(0, amount.start() - 12), amount.start());
        String after = t.substring(amount.end(), Math.min(t.length(), amount.end() + 12));
        return words.has("amount-from", before) && words.has("amount-to", after);
    }

    /** The neutrality words that count: not overlapping a longer one, not denied, not another actor's. */
    private static List<Match> counted(StatementText text, StatementWords words, List<ClassificationReason> reasons) {
        String t = text.value();
        List<Match> all = new ArrayList<>();
        for (String key : NEUTRALITY_KEYS) {
            all.addAll(words.find(key, t));
        }
        all.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
        List<Match> counted = new ArrayList<>();
        int covered = -1;
        for (Match m : all) {
            if (m.start() < covered) {
                continue;
            }
            covered = m.end();
            int[] clause = text.clause(m.start());
            String before = blankNotNegation(t.substring(clause[0], m.start()), words);
            String after = blankNotNegation(t.substring(m.end(), Math.max(m.end(), clause[1])), words);
            Match denial = words.first("negation-before", before);
            if (denial == null) {
                denial = words.first("negation-after", after);
            }
            if (denial != null) {
                reasons.add(new ClassificationReason(Kind.NEGATED, denial.words() + " … " + m.words(), m.language(), ""));
                continue;
            }
            int[] sentence = text.sentence(m.start());
            Match hearsay = words.first("hearsay", t.substring(sentence[0], sentence[1]));
            if (hearsay != null) {
                reasons.add(new ClassificationReason(Kind.HEARSAY, hearsay.words() + " … " + m.words(), m.language(), ""));
                continue;
            }
            reasons.add(new ClassificationReason(Kind.NEUTRALITY_WORD, m.words(), m.language(), category(m.key()).id()));
            counted.add(m);
        }
        return counted;
    }

    private static String blankNotNegation(String part, StatementWords words) {
        StringBuilder b = new StringBuilder(part);
        for (Match m : words.find("not-negation", part)) {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }

    /** Table 1's lower rows, in order: BAU, intensity, other form, absolute reduction, no target; else other or none. */
    private static TargetCategory reductionForm(StatementText text, StatementWords words, List<Match> amounts,
                                                boolean baseYear, List<ClassificationReason> reasons) {
        String t = text.value();
        String[][] forms = {{"baseline", "baseline-reduction"}, {"intensity", "intensity-reduction"},
                {"other-form", "other"}};
        Match reduction = words.first("reduction", t);
        for (String[] form : forms) {
            Match m = words.first(form[0], t);
            if (m != null) {
                reasons.add(new ClassificationReason(Kind.REDUCTION_FORM, m.words(), m.language(), form[1]));
                return TargetCategory.fromId(form[1]).orElseThrow();
            }
        }
        if (reduction != null && (!amounts.isEmpty() || baseYear)) {
            String amount = amounts.isEmpty() ? "" : " … " + amounts.get(0).words();
            reasons.add(new ClassificationReason(Kind.REDUCTION_FORM, reduction.words() + amount, reduction.language(),
                    TargetCategory.ABSOLUTE_REDUCTION.id()));
            return TargetCategory.ABSOLUTE_REDUCTION;
        }
        Match none = words.first("no-target", t);
        if (none != null) {
            reasons.add(new ClassificationReason(Kind.NO_TARGET, none.words(), none.language(), TargetCategory.NONE.id()));
            return TargetCategory.NONE;
        }
        Match peak = words.first("peak", t);
        if (reduction != null || peak != null) {
            Match m = reduction != null ? reduction : peak;
            reasons.add(new ClassificationReason(Kind.UNQUANTIFIED, m.words(), m.language(), TargetCategory.OTHER.id()));
            return TargetCategory.OTHER;
        }
        reasons.add(new ClassificationReason(Kind.INTENT_ONLY, "", "", TargetCategory.NONE.id()));
        return TargetCategory.NONE;
    }

    /** The reduction form of an interim amount, from its sentence. */
    private static TargetCategory reductionKind(StatementText text, StatementWords words, Match amount) {
        int[] s = text.sentence(amount.start());
        String sentence = text.value().substring(s[0], s[1]);
        if (words.has("baseline", sentence)) {
            return TargetCategory.BASELINE_REDUCTION;
        }
        return words.has("intensity", sentence) ? TargetCategory.INTENSITY_REDUCTION : TargetCategory.ABSOLUTE_REDUCTION;
    }

    /** Net emissions at a past year's level, or capped at an amount (§3.1). */
    private static boolean misused(String t, StatementWords words, List<ClassificationReason> reasons) {
        Match cap = words.first("amount-cap", t);
        Match net = words.first("net-emissions", t);
        Match level = words.first("past-level", t);
        Match why = cap != null ? cap : (net != null && level != null ? level : null);
        if (why == null) {
            return false;
        }
        String named = net == null ? why.words() : net.words() + " … " + why.words();
        reasons.add(new ClassificationReason(Kind.MISUSE, named, why.language(), StatementFinding.MISLABELLED_TARGET.name()));
        return true;
    }

    static TargetCategory category(String key) {
        return switch (key) {
            case "net-zero" -> TargetCategory.NET_ZERO;
            case "zero-carbon" -> TargetCategory.ZERO_CARBON;
            case "carbon-neutral" -> TargetCategory.CARBON_NEUTRAL;
            case "climate-neutral" -> TargetCategory.CLIMATE_NEUTRAL;
            default -> throw new IllegalArgumentException("not a neutrality key: '" + key + "'");
        };
    }
}
