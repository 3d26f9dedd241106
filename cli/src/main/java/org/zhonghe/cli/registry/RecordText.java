package org.zhonghe.cli.registry;

import java.io.PrintWriter;
import org.zhonghe.Decimals;
import org.zhonghe.registry.RegistryMessages;
import org.zhonghe.registry.RegistryRecord;

/** A registry record for people: one labelled line per field, in Chinese or English. */
final class RecordText {
    private RecordText() {}

    static void print(RegistryRecord r, RegistryMessages m, PrintWriter out) {
        line(out, m, "registry.field.registry", r.registry().displayName());
        line(out, m, "registry.field.serial", r.serial() == null ? null : r.serial().text());
        line(out, m, "registry.field.project", r.projectId() + (r.projectName() == null ? "" : " " + r.projectName()));
        line(out, m, "registry.field.type", r.projectType());
        line(out, m, "registry.field.methodology", r.methodology());
        line(out, m, "registry.field.country", r.country());
        String kind = r.classification().kind().map(k -> " (" + k.id() + ")").orElse("");
        line(out, m, "registry.field.class", m.get("registry.class." + r.classification().creditClass().id()) + kind);
        line(out, m, "registry.field.classReason", r.classification().reason() + " [" + r.classification().source() + "]");
        line(out, m, "registry.field.vintage", r.vintage() == null ? null : r.vintage().toString());
        line(out, m, "registry.field.quantity", Decimals.plain(r.tonnes()));
        if (r.kilograms() != null) line(out, m, "registry.field.kilograms", Decimals.plain(r.kilograms()));
        line(out, m, "registry.field.status", m.get("registry.status." + r.status().id()));
        line(out, m, "registry.field.retiredOn", r.retiredOn() == null ? null : r.retiredOn().toString());
        line(out, m, "registry.field.beneficiary", r.beneficiary());
        line(out, m, "registry.field.holder", r.accountHolder());
        line(out, m, "registry.field.notes", r.notes());
        line(out, m, "registry.field.source", r.source().toString());
    }

    static void line(PrintWriter out, RegistryMessages m, String key, String value) {
        if (value == null) return;
        out.println("  " + m.get(key) + ": " + value.replace("\n", "\n    "));
    }
}
