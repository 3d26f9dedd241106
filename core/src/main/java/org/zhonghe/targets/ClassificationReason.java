package org.zhonghe.targets;

import java.util.Locale;
import org.zhonghe.Messages;
import java.util.Objects;

/**
 * One step of the classifier's decision, naming the words that made it; the user reads it through
 * {@link #text(Locale)} (messages {@code reason.KIND}, Chinese and English).
 *
 * @param kind     what the step decided
 * @param words    the words of the statement behind it (normalised, lower case); may be empty
 * @param language the word list that matched, empty when none did
 * @param detail   what was decided: a category id, a year, a gas coverage id; may be empty
 */
public record ClassificationReason(Kind kind, String words, String language, String detail) {

    /** The steps, in the order the classifier takes them. */
    public enum Kind {
        /**
         * The tracker's own note ("Included in Climate Ambition Alliance List, so recorded as Net Zero",
         * a quote of the Alliance's list): not the source's words, its sentence is not read.
         */
        TRACKER_NOTE,
        /** Nothing but the tracker's notes: no words of the source, no target read. */
        NOTES_ONLY,
        /** The source says what follows is not a target ("forecasts NOT TARGETS", "not binding targets"). */
        NOT_A_TARGET,
        /** A neutrality word for a state claimed now ("our current Net Zero status"), not a target. */
        STATUS_CLAIM,
        /** A neutrality word in the name of a study or report ("Estudio Técnico para la Carbono Neutralidad"). */
        NAMED_DOCUMENT,
        /** A neutrality word for a share only ("50 percent carbon neutral"): not neutrality. */
        PARTIAL,
        /** A neutrality word was found and counts. */
        NEUTRALITY_WORD,
        /** A neutrality word is denied in its clause ("no net zero target"). */
        NEGATED,
        /** A neutrality word is another actor's ("the national government aims …"). */
        HEARSAY,
        /** A year of a document cited ("Accountability Act, 2021", "(LTS, 2021)"): not a target year. */
        CITED_YEAR,
        /** The first year of a period ("2021-2030"): not a target year, the period ends in its last year. */
        PERIOD_START,
        /** A year before the text's own date: not a future target year. */
        PAST_YEAR,
        /** The end target: the neutrality word of the latest year. */
        END_TARGET,
        /** Another, earlier target of the same statement. */
        INTERIM_TARGET,
        /** "By mid-century": a neutrality word without a year. */
        MID_CENTURY,
        /** No neutrality word counts; the words of a reduction form decide. */
        REDUCTION_FORM,
        /** The statement says there is no target. */
        NO_TARGET,
        /** A reduction or a peak is named without an amount: another form. */
        UNQUANTIFIED,
        /** Neither a target word nor a reduction: a statement of intent. */
        INTENT_ONLY,
        /** How the gases were read (§4.3). */
        GASES,
        /** A neutrality word for a non-zero net (§3.1). */
        MISUSE,
        /** Gases left out by the words ("other than biogenic methane"): not all greenhouse gases. */
        GAS_EXCLUDED,
        /** The target depends on a condition: support, finance, an aspiration. */
        CONDITIONAL
    }

    public ClassificationReason {
        Objects.requireNonNull(kind, "kind");
        words = words == null ? "" : words;
        language = language == null ? "" : language;
        detail = detail == null ? "" : detail;
    }

    /** The reason in Chinese or English: what was decided and the words that made it. */
    public String text(Locale locale) {
        return Messages.of(locale).plain("targets.reason." + kind.name(), words, language, detail);
    }
}
