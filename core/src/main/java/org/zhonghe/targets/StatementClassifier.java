package org.zhonghe.targets;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies a target statement in Chinese or English by its wording (Table 1's categories), finds its
 * target year, gas coverage and peak year, and flags the misuses of §3.1 and §4.3. Rule-based: the
 * earliest neutrality word decides among neutrality categories; without one, the first matching of
 * BAU, intensity, other forms (per capita, decarbonisation, 1.5 °C), absolute reduction and "no target".
 * A year is attached to the nearest keyword in its clause, preferring the keyword after the year in
 * Chinese (2060年前碳中和) and before it in English (carbon neutral by 2060); base years (比2005年,
 * 2005 levels) and dates of submission (2015年9月, September 2015) are never target years.
 */
public final class StatementClassifier {

    private static final Map<TargetCategory, Pattern> NEUTRALITY = new LinkedHashMap<>();
    private static final Map<TargetCategory, Pattern> REDUCTION = new LinkedHashMap<>();

    static {
        NEUTRALITY.put(TargetCategory.CLIMATE_NEUTRAL, Pattern.compile(
                "气候中和|温室气体中和|climate neutral\\w*|(ghg|greenhouse gas(es)?) neutral\\w*"));
        NEUTRALITY.put(TargetCategory.CARBON_NEUTRAL, Pattern.compile("碳中和|(carbon|co2) neutral\\w*"));
        NEUTRALITY.put(TargetCategory.NET_ZERO, Pattern.compile(
                "净零|净负排放|负碳|net zero|net negative|carbon negative|climate positive"));
        NEUTRALITY.put(TargetCategory.ZERO_CARBON, Pattern.compile("零碳|零排放|zero carbon|zero emissions?"));
        REDUCTION.put(TargetCategory.BASELINE_REDUCTION, Pattern.compile(
                "\\bbau\\b|business as usual|(below|relative to|compared (to|with)) (the )?baseline|基准线|基线|照常|常规情景"));
        REDUCTION.put(TargetCategory.INTENSITY_REDUCTION, Pattern.compile(
                "intensity|per unit of (gdp|economic output|output)|强度|单位(国内生产总值|gdp)"));
        REDUCTION.put(TargetCategory.OTHER, Pattern.compile(
                "per capita|人均|decarboni[sz]\\w*|脱碳|1\\.5 ?°c|1\\.5 ?℃"));
        REDUCTION.put(TargetCategory.ABSOLUTE_REDUCTION, Pattern.compile(
                "(reduc\\w*|cut\\w*|lower\\w*|减排|减少|下降|削减|降低)(?=.{0,60}(\\d+(\\.\\d+)? ?(%|percent)|百分之|\\d{4} levels?|比\\d{4}|相比\\d{4}|较\\d{4}))"
                        + "|(?<=(\\d{1,3}(\\.\\d{1,3})? ?(%|percent)|百分之).{0,60})(reduc\\w*|cut\\w*|lower\\w*|减排|减少|下降|削减|降低)"));
        REDUCTION.put(TargetCategory.NONE, Pattern.compile(
                "no (\\w+ ){0,3}target|not (yet )?(set|announced|adopted|made)|without (a|any) (\\w+ )?target"
                        + "|尚未(提出|明确|设定|制定)|暂(时)?(未|无)|没有(\\S{0,4})?目标|无(减排)?目标"));
    }

    private static final Pattern CLIMATE_TALK = Pattern.compile(
            "emission|greenhouse|ghg|carbon|co2|climate|排放|温室气体|碳|气候");
    private static final Pattern NEGATION = Pattern.compile("(\\bno |\\bnot |without |尚未|没有)\\S*\\s?\\S*$");
    private static final Pattern PEAK = Pattern.compile("达峰|峰值|peak\\w*");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])(1[89]\\d{2}|2[01]\\d{2})(?![\\d%]|\\.\\d)");
    private static final Pattern CLAUSE_END = Pattern.compile("(?<!\\d)\\.|\\.(?!\\d)|[,;。:!?\\n]");
    /** Clauses for gas coverage: also split at an English "and" ("peak CO2 … and achieve carbon neutrality …"). */
    private static final Pattern GAS_CLAUSE_END = Pattern.compile(CLAUSE_END.pattern() + "| and ");
    private static final Pattern BASE_BEFORE = Pattern.compile(
            "(比|相比|相对于|相对|较|与|compared (to|with)|relative to|below|from|versus|vs\\.?|against|over|on|since|base year|baseline)\\s*(the\\s*)?(year\\s*)?$");
    private static final Pattern BASE_AFTER = Pattern.compile("^(\\s*年?(的)?水平|\\s*年?基础上|\\s*年?持平|\\s*年?为基准|\\s*levels?|\\s*baseline)");
    private static final Pattern DATE_BEFORE = Pattern.compile(
            "(january|february|march|april|may|june|july|august|september|october|november|december)\\s*$");
    private static final Pattern DATE_AFTER = Pattern.compile("^\\s*年\\s*\\d{1,2}\\s*月");
    private static final Pattern CO2_ONLY = Pattern.compile(
            "co2 only|only co2|carbon dioxide only|only carbon dioxide|(仅|只)(包括|覆盖|包含|指)?二氧化碳");
    private static final Pattern ALL_GHG = Pattern.compile(
            "greenhouse gas|ghg|all gases|co2e|co2 ?-?eq\\w*|co2 equivalent|carbon dioxide equivalent|methane"
                    + "|温室气体|二氧化碳当量|碳当量|甲烷");
    private static final Pattern CO2 = Pattern.compile("co2|carbon dioxide|二氧化碳");
    private static final Pattern NET_EMISSIONS = Pattern.compile(
            "净(温室气体)?排放|net (ghg |greenhouse gas |carbon |co2 )?emissions");
    private static final Pattern NONZERO_LEVEL = Pattern.compile(
            "持平|(不超过|不高于|控制在|低于)\\s*\\d|(保持|维持)在.{0,12}水平|\\d{4} levels?"
                    + "|(not exceed\\w*|no more than|not more than|capped at|cap of|limited to|at most|maximum of)\\s*\\d"
                    + "|stabili[sz]\\w*");

    private StatementClassifier() {}

    /** Classifies a statement; never null, an empty text is {@link TargetCategory#NONE}. */
    public static StatementClassification classify(String statement) {
        Objects.requireNonNull(statement, "statement");
        String text = normalise(statement);
        boolean chinese = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        TargetCategory category = null;
        List<int[]> keywords = new ArrayList<>();
        int earliest = Integer.MAX_VALUE;
        for (Map.Entry<TargetCategory, Pattern> e : NEUTRALITY.entrySet()) {
            for (int[] match : matches(e.getValue(), text)) {
                if (NEGATION.matcher(text.substring(Math.max(0, match[0] - 12), match[0])).find()) {
                    continue;
                }
                if (match[0] < earliest) {
                    earliest = match[0];
                    category = e.getKey();
                }
            }
        }
        if (category != null) {
            keywords = matches(NEUTRALITY.get(category), text);
        } else {
            for (Map.Entry<TargetCategory, Pattern> e : REDUCTION.entrySet()) {
                List<int[]> found = matches(e.getValue(), text);
                if (!found.isEmpty()) {
                    category = e.getKey();
                    keywords = found;
                    break;
                }
            }
        }
        if (category == null) {
            category = CLIMATE_TALK.matcher(text).find() ? TargetCategory.OTHER : TargetCategory.NONE;
        }
        List<int[]> peaks = matches(PEAK, text);
        Integer targetYear = null;
        Integer peakYear = null;
        long bestTarget = Long.MAX_VALUE;
        long bestPeak = Long.MAX_VALUE;
        for (int[] year : candidateYears(text)) {
            long toTarget = category == TargetCategory.NONE ? Long.MAX_VALUE : cost(text, year, keywords, chinese);
            long toPeak = cost(text, year, peaks, chinese);
            int value = Integer.parseInt(text.substring(year[0], year[1]));
            if (toTarget <= toPeak && toTarget < bestTarget) {
                bestTarget = toTarget;
                targetYear = value;
            } else if (toPeak < toTarget && toPeak < bestPeak) {
                bestPeak = toPeak;
                peakYear = value;
            }
        }
        GasCoverage gases = category == TargetCategory.NONE ? null : gases(text, category);
        List<StatementFinding> findings = new ArrayList<>();
        if (category.isNeutrality() && NET_EMISSIONS.matcher(text).find() && NONZERO_LEVEL.matcher(text).find()) {
            findings.add(StatementFinding.MISLABELLED_TARGET);
        }
        if (category.isNeutrality() && gases == GasCoverage.UNSPECIFIED) {
            findings.add(StatementFinding.GAS_COVERAGE_UNSPECIFIED);
        }
        return new StatementClassification(category, targetYear, gases, peakYear, findings);
    }

    /** NFKC (full-width digits and punctuation to ASCII, CO₂ to CO2), lower case, hyphens and runs of spaces to one space. */
    private static String normalise(String statement) {
        String text = Normalizer.normalize(statement, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return text.replaceAll("[-‐‑–—_]", " ").replaceAll("[ \\t]+", " ").strip();
    }

    private static List<int[]> matches(Pattern pattern, String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }

    /** Years that are neither base years nor dates of a document. */
    private static List<int[]> candidateYears(String text) {
        List<int[]> years = new ArrayList<>();
        for (int[] y : matches(YEAR, text)) {
            String before = text.substring(Math.max(0, y[0] - 24), y[0]);
            String after = text.substring(y[1], Math.min(text.length(), y[1] + 12));
            boolean base = BASE_BEFORE.matcher(before).find() || BASE_AFTER.matcher(after).find();
            boolean date = DATE_BEFORE.matcher(before).find() || DATE_AFTER.matcher(after).find();
            if (!base && !date) {
                years.add(y);
            }
        }
        return years;
    }

    /**
     * How far a year is from the nearest of the keywords: the distance in characters, plus 1 000 when the
     * keyword is on the unusual side for the language, plus 100 000 when it is in another clause.
     */
    private static long cost(String text, int[] year, List<int[]> keywords, boolean chinese) {
        long best = Long.MAX_VALUE;
        for (int[] k : keywords) {
            boolean keywordAfter = k[0] >= year[1];
            int from = keywordAfter ? year[1] : k[1];
            int to = keywordAfter ? k[0] : year[0];
            long distance = Math.max(0, to - from);
            if (keywordAfter != chinese) {
                distance += 1_000;
            }
            if (from < to && CLAUSE_END.matcher(text.substring(from, to)).find()) {
                distance += 100_000;
            }
            best = Math.min(best, distance);
        }
        return best;
    }

    /** Gas coverage from the text, ignoring clauses that only speak of the peak (§4.3: China's peak is CO2, its neutrality unclear). */
    private static GasCoverage gases(String text, TargetCategory category) {
        StringBuilder relevant = new StringBuilder();
        for (String clause : GAS_CLAUSE_END.split(text)) {
            boolean peakOnly = PEAK.matcher(clause).find()
                    && (category.isNeutrality() ? !NEUTRALITY.get(category).matcher(clause).find() : true);
            if (!peakOnly) {
                relevant.append(clause).append(" | ");
            }
        }
        String scope = relevant.toString();
        if (CO2_ONLY.matcher(scope).find()) {
            return GasCoverage.CO2;
        }
        if (category == TargetCategory.CLIMATE_NEUTRAL || ALL_GHG.matcher(scope).find()) {
            return GasCoverage.ALL_GHG;
        }
        return CO2.matcher(scope).find() ? GasCoverage.CO2 : GasCoverage.UNSPECIFIED;
    }
}
