package org.zhonghe.report;

import java.util.Map;
import java.util.Objects;
import org.zhonghe.Concept;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.output.Texts;
import org.zhonghe.rules.ClaimResult;
import org.zhonghe.rules.Evaluation;

/**
 * What one report is made of: the assessment as evaluated, its result, the claim under every
 * profile, the reproducibility data, and the language.
 */
record ReportData(Assessment assessment, ClaimResult result, Map<String, ClaimResult> profiles, ReportMeta meta,
                  ReportText text) {
    ReportData {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(result, "result");
        profiles = Map.copyOf(profiles);
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(text, "text");
    }

    Evaluation evaluation() {
        return result.claimed();
    }

    /** {@code t CO2} under a CO2-only concept, else {@code t CO2e}. */
    String unit() {
        return evaluation().rule().gases() == Concept.Gases.CO2 ? "t CO2" : "t CO2e";
    }

    String t(String key, Object... args) {
        return text.get(key, args);
    }

    String conceptName(Concept c) {
        return text.get("concept." + c.id() + ".name");
    }

    static String exact(java.math.BigDecimal x) {
        return Texts.grouped(x);
    }

    String yesNo(boolean b) {
        return t(b ? "report.yes" : "report.no");
    }
}
