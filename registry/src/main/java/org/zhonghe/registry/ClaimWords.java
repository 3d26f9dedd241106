package org.zhonghe.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhonghe.Concept;

/**
 * The words of a neutrality or net-zero claim in the languages the registries' retirement
 * notes use (English, Chinese, Portuguese, Spanish, French, German, Italian, Dutch), each with
 * the rules.md §1 concept it names. Which concept a phrase names is Zhonghe's reading of the
 * words: "net zero" without a gas is read as {@code net-zero-ghg}; "Neutra"/"Neutro" alone as
 * {@code carbon-neutrality} (marked {@code reading}).
 */
public final class ClaimWords {
    /** A phrase found, the concept it names, and whether that concept is only Zhonghe's reading. */
    public record Found(String words, Concept concept, boolean reading) {}

    private record Phrase(Pattern pattern, Concept concept, boolean reading) {}

    private static final List<Phrase> PHRASES = List.of(
            phrase("climate[- ]?neutral(?:ity)?|klimaneutral(?:ität)?|neutralit[ée] climatique|neutralidad clim[áa]tica"
                    + "|neutralidade clim[áa]tica|clima[- ]neutr[ao]|neutralit[àa] climatica|klimaatneutra(?:al|liteit)", "气候中和",
                    Concept.CLIMATE_NEUTRALITY, false),
            phrase("net[- ]?zero (?:carbon|co2|co₂)", "净零碳|净零二氧化碳", Concept.NET_ZERO_CO2, false),
            phrase("(?:ghg|greenhouse[- ]gas)[- ]neutral(?:ity)?", "温室气体中和", Concept.GHG_NEUTRALITY, false),
            phrase("carbon[- ]?neutral(?:ity)?|co[2₂][- ]?neutr(?:al(?:ität|ity)?|[ao]s?|e|alidade|alidad)"
                    + "|neutraliza(?:ção|cao|ción|cion) de (?:carbono|co2)|carbono[- ]neutr(?:o|a|al)"
                    + "|neutralidade de carbono|neutralidad de carbono|neutre en carbone|neutralit[ée] carbone"
                    + "|kohlenstoffneutral|neutralit[àa] carbonica", "碳中和",
                    Concept.CARBON_NEUTRALITY, false),
            phrase("net[- ]?zero|emiss[õo]es l[íi]quidas zero|emisiones netas cero|cero neto"
                    + "|z[ée]ro [ée]mission nette|z[ée]ro net|netto[- ]?null|netto[- ]?nul", "净零",
                    Concept.NET_ZERO_GHG, true),
            phrase("neutr[ao]s?", null, Concept.CARBON_NEUTRALITY, true));

    /**
     * A claim's words that begin a proper name right after "for" or "on behalf of" — "for Net Zero
     * Eyecare", "For Carbon Neutral Indiana's community" — name the beneficiary, not a claim: the
     * words in title case, then a capitalised word that is not a label's ("Certification", "Label" …).
     * Zhonghe's reading, kept to English title case: "for carbon neutrality", "for Climate Neutral
     * Certification" stay claims.
     */
    private static final Pattern NAME_AFTER_FOR = Pattern.compile("(?<![\\p{L}])(?i:for|on behalf of)\\s+"
            + "((?:Net[- ]?Zero|Carbon[- ]?Neutral|Climate[- ]?Neutral|CO2[- ]?Neutral)\\s+"
            + "(?!(?:Certification|Certified|Certificate|Label|Standard|Status|Claim|Program|Programme|Company|Companies)(?![\\p{L}]))"
            + "\\p{Lu}[\\p{L}'’]*)");

    private ClaimWords() {}

    /** Latin words must stand alone (not inside a longer word); Chinese ones need no spaces. */
    private static Phrase phrase(String latin, String chinese, Concept concept, boolean reading) {
        String regex = "(?<![\\p{L}\\p{N}])(?:" + latin + ")(?![\\p{L}\\p{N}])" + (chinese == null ? "" : "|" + chinese);
        return new Phrase(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), concept, reading);
    }

    /**
     * The claims a text states, one per concept with its distinct words joined by " / ", in the
     * order of the phrases above; the words of a more specific phrase are not read again by a
     * more general one ("CO2 Neutro" is not also a bare "Neutro").
     */
    public static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null || text.isBlank()) return found;
        StringBuilder rest = new StringBuilder(text);
        Matcher name = NAME_AFTER_FOR.matcher(text);
        while (name.find()) {
            for (int i = name.start(1); i < name.end(1); i++) rest.setCharAt(i, ' ');
        }
        for (Phrase p : PHRASES) {
            Matcher m = p.pattern().matcher(rest);
            java.util.Set<String> words = new java.util.LinkedHashSet<>();
            while (m.find()) {
                words.add(m.group());
                for (int i = m.start(); i < m.end(); i++) rest.setCharAt(i, ' ');
                m = p.pattern().matcher(rest);
            }
            if (words.isEmpty()) continue;
            if (found.stream().noneMatch(f -> f.concept() == p.concept())) {
                found.add(new Found(String.join(" / ", words), p.concept(), p.reading()));
            }
        }
        return found;
    }
}
