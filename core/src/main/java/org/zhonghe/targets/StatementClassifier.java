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
 *   <li>The tracker's own notes ("Included in Climate Ambition Alliance List, so recorded as Net Zero") and
 *       what the source calls no target ("forecasts NOT TARGETS") are taken out first.</li>
 *   <li>Neutrality words (net zero, zero carbon, carbon neutral, climate neutral) count unless denied in
 *       their clause ("no specific policy to achieve net zero"), said of another actor in their
 *       sentence ("the national government aims …"), a state claimed ("our current Net Zero status"), the
 *       name of a study, or a share ("50 percent carbon neutral").</li>
 *   <li>Each candidate year ({@link StatementYears}: not a base year, a date, a citation, a period's first
 *       year or a year before the text's date) goes to the nearest target word, peak word or reduction
 *       amount of its sentence, in the same clause if it can; a neutrality word looks for its year on its
 *       language's usual side.</li>
 *   <li>The end target is the neutrality word with the latest year (a word reached sector by sector is
 *       whole at its last year; the earlier are partial); the others are interim targets. "By or around
 *       mid-century" gives no year (the Glasgow wording, §3.1). A condition (support, finance, an
 *       aspiration) in its sentence makes the reading conditional.</li>
 *   <li>Without a neutrality word: BAU, intensity, another form (per capita, decarbonise, 1.5 °C), an
 *       absolute reduction (with an amount or base year), an explicit "no target"; a reduction or peak
 *       without an amount is {@code other}; a statement of intent alone is {@code none}.</li>
 *   <li>Gases (§4.3, {@link StatementGases}): the target's own sentence first; "only CO2", or a neutrality
 *       word that names CO2, is CO2; a greenhouse-gas word or climate neutral is all GHGs unless a gas is
 *       left out; CO2 alone is CO2; methane alone is not all GHGs; otherwise unspecified.</li>
 *   <li>{@link StatementFinding#MISLABELLED_TARGET} ({@link NeutralityMisuse}): a neutrality word with net
 *       emissions at a past year's level or capped at an amount (Costa Rica 2015, Ethiopia 2015, §3.1).</li>
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
        List<Match> disclaimers = new ArrayList<>();
        text = text.withoutSentencesOf("not-target", words, disclaimers);
        disclaimers.forEach(n -> reasons.add(new ClassificationReason(Kind.NOT_A_TARGET, n.words(), n.language(), "")));
        if (text.value().replaceAll("[\\p{Punct}\\s“”‘’]", "").isEmpty()) {
            if (disclaimers.isEmpty()) {
                reasons.add(new ClassificationReason(Kind.NOTES_ONLY, "", "", TargetCategory.NONE.id()));
            }
            return new StatementClassification(TargetCategory.NONE, null, null, null, List.of(), List.of(), reasons);
        }
        String t = text.value();
        final StatementText read = text;
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
        Match[] decisive = new Match[1];
        boolean conditional = false;
        if (!neutrality.isEmpty()) {
            end = neutrality.stream().max(Comparator.comparingInt((Match m) -> {
                Integer y = latest(read, words, years, m);
                return y == null ? Integer.MIN_VALUE : y;
            }).thenComparing(Comparator.comparingInt(Match::start).reversed())).orElseThrow();
            category = category(end.key());
            targetYear = latest(text, words, years, end);
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
                Integer y = latest(text, words, years, m);
                if (m != end && y != null && !y.equals(targetYear) && interim.stream()
                        .noneMatch(i -> i.year().equals(y) && i.category() == category(m.key()))) {
                    interim.add(new TargetMention(category(m.key()), y, m.words(), m.language()));
                }
                for (int[] span : spans(text, words, years, m)) {   // "in the oil and gas sector by 2050 and …"
                    int year = text.year(span);
                    if (year < y) {
                        String part = (span[0] >= m.end() ? t.substring(m.end(), span[0])
                                : t.substring(span[1], m.start())).strip();
                        interim.add(new TargetMention(category(m.key()), year, m.words(), m.language(), part));
                    }
                }
            }
            conditional = conditional(text, words, neutrality, end, category, targetYear, years, reasons);
        } else {
            category = reductionForm(text, words, amounts, allYears.hasBaseYear(), decisive, reasons);
            targetYear = category == TargetCategory.NONE ? null : years.nearestTo(words, category, text);
        }
        for (Match a : amounts) {
            Integer y = years.of(a);
            Match share = share(t, words, a);
            TargetCategory kind = share != null ? category(share.key()) : reductionKind(text, words, a);
            String named = share != null ? t.substring(a.start(), share.end()) : a.words();
            if (y != null && !y.equals(targetYear) && end != null && interim.stream().noneMatch(i ->
                    i.year().equals(y) && i.category() == kind && i.words().equals(named))) {
                interim.add(new TargetMention(kind, y, named, a.language(), share != null ? named : ""));
            }
        }
        for (TargetMention i : interim) {
            reasons.add(new ClassificationReason(Kind.INTERIM_TARGET, i.words(), i.language(),
                    i.category().id() + " " + i.year()));
            if (i.isPartial()) {
                reasons.add(new ClassificationReason(Kind.PARTIAL, i.partial(), i.language(),
                        i.category().id() + " " + i.year()));
            }
        }
        GasCoverage gases = category == TargetCategory.NONE ? null : StatementGases.read(text, words, category, end,
                end != null ? end : decisive[0], reasons);
        List<StatementFinding> findings = new ArrayList<>();
        if (category.isNeutrality() && NeutralityMisuse.found(text, words, reasons)) {
            findings.add(StatementFinding.MISLABELLED_TARGET);
        }
        if (category.isNeutrality() && gases == GasCoverage.UNSPECIFIED) {
            findings.add(StatementFinding.GAS_COVERAGE_UNSPECIFIED);
        }
        return new StatementClassification(category, targetYear, gases, years.peakYear(), findings, interim, reasons,
                conditional);
    }

    /**
     * The years of a neutrality word: its nearest year, and the other years nearest to it in its clause when a
     * sector is named between ("carbon neutrality in the oil and gas sector by 2050 and in other sectors by
     * 2060"), in text order.
     */
    private static List<int[]> spans(StatementText text, StatementWords words, YearAssignment years, Match m) {
        Integer best = years.of(m);
        List<int[]> spans = new ArrayList<>();
        for (int[] span : years.allOf(m)) {
            int from = Math.min(m.end(), span[1]);
            int to = Math.max(m.start(), span[0]);
            boolean nearest = best != null && text.year(span) == best;
            if (nearest || (!text.clauseEndBetween(from, to) && words.has("sector", text.value().substring(from, to)))) {
                spans.add(span);
            }
        }
        return spans;
    }

    /** The latest year of a neutrality word: a target reached sector by sector is whole only at its last year. */
    private static Integer latest(StatementText text, StatementWords words, YearAssignment years, Match m) {
        Integer latest = null;
        for (int[] span : spans(text, words, years, m)) {
            int y = text.year(span);
            latest = latest == null || y > latest ? y : latest;
        }
        return latest;
    }

    /** The neutrality word right after an amount ("50 percent carbon neutral"): a share of neutrality. */
    private static Match share(String t, StatementWords words, Match amount) {
        String after = t.substring(amount.end(), Math.min(t.length(), amount.end() + 30));
        for (String key : NEUTRALITY_KEYS) {
            Match m = words.first(key, after);
            if (m != null && after.substring(0, m.start()).isBlank()) {
                return new Match(key, m.language(), amount.end() + m.start(), amount.end() + m.end(), m.words());
            }
        }
        return null;
    }

    /**
     * True when a sentence that states the end target (its word, or another of the same category and year)
     * makes it depend on a condition; the reason names the words.
     */
    private static boolean conditional(StatementText text, StatementWords words, List<Match> neutrality, Match end,
                                       TargetCategory category, Integer targetYear, YearAssignment years,
                                       List<ClassificationReason> reasons) {
        for (Match m : neutrality) {
            if (m != end && (category(m.key()) != category
                    || !Objects.equals(latest(text, words, years, m), targetYear))) {
                continue;
            }
            int[] s = text.sentence(m.start());
            Match condition = words.first("conditional", text.value().substring(s[0], s[1]));
            if (condition != null) {
                reasons.add(new ClassificationReason(Kind.CONDITIONAL, condition.words(), condition.language(),
                        category.id() + (targetYear == null ? "" : " " + targetYear)));
                return true;
            }
        }
        return false;
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
            Match status = words.first("status-before", before);
            if (status != null) {
                reasons.add(new ClassificationReason(Kind.STATUS_CLAIM, status.words().strip() + " … " + m.words(), m.language(), ""));
                continue;
            }
            Match title = words.first("document-title", before);
            if (title != null) {
                reasons.add(new ClassificationReason(Kind.NAMED_DOCUMENT, title.words() + m.words(), m.language(), ""));
                continue;
            }
            List<Match> shares = words.find("percent", before);
            if (!shares.isEmpty() && before.substring(shares.get(shares.size() - 1).end()).isBlank()) {
                reasons.add(new ClassificationReason(Kind.PARTIAL, shares.get(shares.size() - 1).words() + " "
                        + m.words(), m.language(), category(m.key()).id()));
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
                                                boolean baseYear, Match[] decisive, List<ClassificationReason> reasons) {
        String t = text.value();
        String[][] forms = {{"baseline", "baseline-reduction"}, {"intensity", "intensity-reduction"},
                {"other-form", "other"}};
        Match reduction = words.first("reduction", t);
        for (String[] form : forms) {
            Match m = words.first(form[0], t);
            if (m != null) {
                decisive[0] = m;
                reasons.add(new ClassificationReason(Kind.REDUCTION_FORM, m.words(), m.language(), form[1]));
                return TargetCategory.fromId(form[1]).orElseThrow();
            }
        }
        if (reduction != null && (!amounts.isEmpty() || baseYear)) {
            decisive[0] = reduction;
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
        if (amount.words().startsWith("−")) {
            return TargetCategory.NET_ZERO;   // "-1.8 million tonnes": a net sink (net negative), not a cut
        }
        int[] s = text.sentence(amount.start());
        String sentence = text.value().substring(s[0], s[1]);
        if (words.has("baseline", sentence)) {
            return TargetCategory.BASELINE_REDUCTION;
        }
        return words.has("intensity", sentence) ? TargetCategory.INTENSITY_REDUCTION : TargetCategory.ABSOLUTE_REDUCTION;
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
