package org.zhonghe.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.zhonghe.assessment.RemovalKind;
import org.zhonghe.registry.Classification;
import org.zhonghe.registry.CreditClass;
import org.zhonghe.registry.CreditStatus;
import org.zhonghe.registry.Registry;
import org.zhonghe.registry.RegistryRecord;
import org.zhonghe.registry.Serial;
import org.zhonghe.registry.Source;
import org.zhonghe.registry.UnitRange;
import org.zhonghe.registry.Vintage;

/** A row of {@code registry_records} read back into the record it was written from. */
final class StoredRecordRow {
    private StoredRecordRow() {}

    static RegistryRecord read(ResultSet r) throws SQLException {
        Registry registry = Registry.valueOf(r.getString("registry"));
        String serialText = r.getString("serial");
        Serial serial = null;
        if (serialText != null) {
            long first = r.getLong("first_unit");
            UnitRange range = r.wasNull() ? null : new UnitRange(first, r.getLong("last_unit"));
            serial = new Serial(registry, serialText, r.getString("block_key"), range);
        }
        int vintageFirst = r.getInt("vintage_first");
        Vintage vintage = r.wasNull() ? null : new Vintage(vintageFirst, r.getInt("vintage_last"));
        String classId = r.getString("credit_class");
        CreditClass creditClass = CreditClass.fromId(classId)
                .orElseThrow(() -> new IllegalStateException("registry_records: unknown credit class " + classId));
        String kindId = r.getString("removal_kind");
        RemovalKind kind = kindId == null ? null : RemovalKind.fromId(kindId)
                .orElseThrow(() -> new IllegalStateException("registry_records: unknown removal kind " + kindId));
        return new RegistryRecord(registry, new Source(r.getString("file"), r.getLong("line")), status(r.getString("status")),
                serial, r.getString("project_id"), r.getString("project_name"), r.getString("project_type"),
                r.getString("methodology"), r.getString("country"), vintage, decimal(r.getBigDecimal("tonnes")),
                decimal(r.getBigDecimal("kilograms")), r.getObject("retired_on", LocalDate.class), r.getString("beneficiary"),
                r.getString("account_holder"), r.getString("notes"),
                new Classification(creditClass, kind, r.getString("class_reason"), r.getString("class_source")));
    }

    private static CreditStatus status(String id) {
        for (CreditStatus s : CreditStatus.values()) if (s.id().equals(id)) return s;
        throw new IllegalStateException("registry_records: unknown status " + id);
    }

    /** The column's fixed scale dropped: 1454054.000000 is read back as 1454054, as the export wrote it. */
    private static BigDecimal decimal(BigDecimal stored) {
        if (stored == null) return null;
        BigDecimal d = stored.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
