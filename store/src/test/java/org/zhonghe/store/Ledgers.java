package org.zhonghe.store;

import org.zhonghe.io.AssessmentFile;
import org.zhonghe.io.Syntax;

/** Test assessments in the language of the domain: an event that offsets its emissions with one credit. */
final class Ledgers {
    private Ledgers() {}

    /** An event of {@code entity} emitting 100 t CO2, offset by credit {@code registry serial} of 100 t. */
    static CheckedAssessment eventOffsetBy(String entity, String registry, String serial) {
        return Checking.checked(file(entity, registry, serial));
    }

    /** The parts of {@link #eventOffsetBy}, as sent. */
    static AssessmentFile file(String entity, String registry, String serial) {
        return AssessmentFile.inline(Syntax.YAML, """
                version: 1
                entity: {id: %1$s, name: 测试活动 %1$s, type: event}
                period: {from: 2024-04-01, to: 2024-04-30}
                claim: {concept: carbon-neutrality}
                emissions:
                  - {id: e1, gas: CO2, amount: 60, unit: t, scope: 1}
                  - {id: e2, gas: CO2, amount: 40, unit: t, scope: 3}
                credits:
                  - {id: c1, registry: %2$s, serial: %3$s, type: avoidance, vintage: 2023, amount: 100, unit: t,
                     retired: true, beneficiary: %1$s}
                """.formatted(entity, registry, serial));
    }
}
