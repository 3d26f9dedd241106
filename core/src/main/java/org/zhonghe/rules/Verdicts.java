package org.zhonghe.rules;

import java.math.BigDecimal;
import java.util.List;

/** rules.md §6: the verdict from the findings and the net balance. */
final class Verdicts {
    private Verdicts() {}

    static Verdict of(List<Finding> findings, BigDecimal net) {
        if (findings.stream().anyMatch(f -> f.effect() == Effect.INDETERMINATE)) return Verdict.INDETERMINATE;
        if (findings.stream().anyMatch(f -> f.effect() == Effect.NOT_SUPPORTED)) return Verdict.NOT_SUPPORTED;
        return net.signum() <= 0 ? Verdict.SUPPORTED : Verdict.NOT_SUPPORTED;
    }
}
