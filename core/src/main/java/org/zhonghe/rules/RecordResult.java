package org.zhonghe.rules;

import java.math.BigDecimal;
import java.util.List;
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
 * @param messageKey the key of the explanation of {@code reason} in the message bundles: by default
 *                {@code reason.<CODE>}; a more specific one where the record's own values say more
 *                (a {@code NOT_DURABLE} removal names its kind, its years and the minimum); null
 *                when there is no reason
 * @param args    the explanation's arguments, plain strings
 */
public record RecordResult(Section section, String id, RecordStatus status, Reason reason, BigDecimal counted,
                           Origin origin, String messageKey, List<String> args) {
    public RecordResult {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
        if (messageKey == null && reason != null) messageKey = reason.messageKey();
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A result explained by the reason's own message. */
    public RecordResult(Section section, String id, RecordStatus status, Reason reason, BigDecimal counted, Origin origin) {
        this(section, id, status, reason, counted, origin, null, List.of());
    }

    static RecordResult counted(Section s, String id, BigDecimal tonnes, Origin o) {
        return new RecordResult(s, id, RecordStatus.COUNTED, null, tonnes, o);
    }

    static RecordResult notCounted(Section s, RecordStatus status, String id, Reason reason, Origin o) {
        return new RecordResult(s, id, status, reason, null, o);
    }

    /** A rejected record, explained by {@code why} (its reason, message and arguments); made at once, not explained after. */
    static RecordResult rejected(Section s, String id, Explanation why, Origin o) {
        return new RecordResult(s, id, RecordStatus.REJECTED, why.reason(), null, o, why.key(), why.args());
    }

    public boolean isCounted() {
        return status == RecordStatus.COUNTED || status == RecordStatus.PARTIAL;
    }
}
