package org.zhonghe.rules;

import java.math.BigDecimal;
import java.util.List;

/** rules.md §6: the verdict from the findings and the net balance. */
final class Verdicts {
    private Verdicts() {}

    static Verdict of(List<Finding> findings, BigDecimal net) {
        boolean notSupported = false;
        for (int i = 0; i < findings.size(); i++) { // indexed: see ClaimEvaluator.prepare
            Finding f = findings.get(i);
            if (f.effect() == Effect.INDETERMINATE) return Verdict.INDETERMINATE;
            notSupported |= f.effect() == Effect.NOT_SUPPORTED;
        }
        if (notSupported) return Verdict.NOT_SUPPORTED;
        return net.signum() <= 0 ? Verdict.SUPPORTED : Verdict.NOT_SUPPORTED;
    }
}
