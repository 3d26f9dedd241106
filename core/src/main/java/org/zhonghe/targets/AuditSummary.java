package org.zhonghe.targets;

import org.zhonghe.Decimals;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The summary of an audit: every audited row counted once, by entity type; agreement of wording with
 * label by entity type; counts of each finding; and the label-against-wording table.
 *
 * @param rows           rows read from the file (every row, whatever its type)
 * @param audited        rows audited (those of the chosen type, or all)
 * @param byType         audited rows per entity type, every type present; rows whose type is unknown under
 *                       the key {@code null} are counted in {@code untyped}
 * @param untyped        audited rows whose type the export does not tell
 * @param agreement      per entity type: rows with both label and words, and how many agree
 * @param findings       audited rows per finding, every finding present (zero when none)
 * @param labelVsWording counts per (label id or {@code unclassified}) → (wording id or {@code no-words})
 */
public record AuditSummary(long rows, long audited, Map<EntityType, Long> byType, long untyped,
                           Map<EntityType, Agreement> agreement, Map<AuditFinding, Long> findings,
                           Map<String, Map<String, Long>> labelVsWording) {

    /**
     * Agreement of wording with label for one entity type.
     *
     * @param compared rows with a mapped label and words
     * @param agreeing rows among them whose wording is the label's category
     */
    public record Agreement(long compared, long agreeing) {
        /** {@code agreeing / compared}, six places at most (Decimals.ratio); {@code null} when nothing was compared. */
        public BigDecimal share() {
            return compared == 0 ? null : Decimals.ratio(BigDecimal.valueOf(agreeing), BigDecimal.valueOf(compared));
        }
    }

    public AuditSummary {
        byType = Collections.unmodifiableMap(new EnumMap<>(byType));
        agreement = Collections.unmodifiableMap(new EnumMap<>(agreement));
        findings = Collections.unmodifiableMap(new EnumMap<>(findings));
        labelVsWording = Collections.unmodifiableMap(new LinkedHashMap<>(labelVsWording));
    }

    /** Agreement over all audited rows. */
    public Agreement overall() {
        return new Agreement(agreement.values().stream().mapToLong(Agreement::compared).sum(),
                agreement.values().stream().mapToLong(Agreement::agreeing).sum());
    }

    /** Builds the summary from the audited entities; {@code rows} is the number read from the file. */
    public static AuditSummary of(long rows, List<AuditedEntity> entities) {
        Objects.requireNonNull(entities, "entities");
        Map<EntityType, Long> byType = new EnumMap<>(EntityType.class);
        Map<EntityType, long[]> agree = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            byType.put(t, 0L);
            agree.put(t, new long[2]);
        }
        Map<AuditFinding, Long> findings = new EnumMap<>(AuditFinding.class);
        for (AuditFinding f : AuditFinding.values()) {
            findings.put(f, 0L);
        }
        Map<String, Map<String, Long>> matrix = new LinkedHashMap<>();
        long untyped = 0;
        for (AuditedEntity e : entities) {
            if (e.entityType() == null) {
                untyped++;
            } else {
                byType.merge(e.entityType(), 1L, Long::sum);
                if (e.isComparable()) {
                    agree.get(e.entityType())[0]++;
                    if (e.label() == e.wording()) {
                        agree.get(e.entityType())[1]++;
                    }
                }
            }
            e.findings().forEach(f -> findings.merge(f, 1L, Long::sum));
            String label = e.label() == null ? "unclassified" : e.label().id();
            String wording = e.wording() == null ? "no-words" : e.wording().id();
            matrix.computeIfAbsent(label, k -> new LinkedHashMap<>()).merge(wording, 1L, Long::sum);
        }
        Map<EntityType, Agreement> agreement = new EnumMap<>(EntityType.class);
        agree.forEach((t, a) -> agreement.put(t, new Agreement(a[0], a[1])));
        return new AuditSummary(rows, entities.size(), byType, untyped, agreement, findings, matrix);
    }
}
