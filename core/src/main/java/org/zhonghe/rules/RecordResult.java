package org.zhonghe.rules;

import java.math.BigDecimal;
import java.util.Objects;
import org.zhonghe.assessment.Origin;

/**
 * What became of one record.
 *
 * @param section its ledger section
 * @param id      its id
 * @param status  counted, partial, excluded, rejected or reported
 * @param reason  why it is not (fully) counted; null when COUNTED or REPORTED
 * @param counted t CO2e counted (t CO2 under a CO2-only concept) when COUNTED or PARTIAL, else null
 * @param origin  where the record was written
 */
public record RecordResult(Section section, String id, RecordStatus status, Reason reason, BigDecimal counted,
                           Origin origin) {
    public RecordResult {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
    }

    static RecordResult counted(Section s, String id, BigDecimal tonnes, Origin o) {
        return new RecordResult(s, id, RecordStatus.COUNTED, null, tonnes, o);
    }

    static RecordResult notCounted(Section s, RecordStatus status, String id, Reason reason, Origin o) {
        return new RecordResult(s, id, status, reason, null, o);
    }

    public boolean isCounted() {
        return status == RecordStatus.COUNTED || status == RecordStatus.PARTIAL;
    }
}
