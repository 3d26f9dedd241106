package org.zhonghe.cli.registry;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.zhonghe.Decimals;
import org.zhonghe.Messages;
import org.zhonghe.registry.ConceptVerdict;
import org.zhonghe.registry.MarketClaim;
import org.zhonghe.registry.MarketClaims;
import org.zhonghe.registry.RegistryMessages;
import org.zhonghe.registry.RegistryRecord;

/** The market view for people: one block per claim, then the totals per claimant. */
final class ClaimText {
    private ClaimText() {}

    static void print(List<MarketClaim> claims, long retirements, RegistryMessages m, Messages core, PrintWriter out) {
        out.println(m.get("registry.claims.count", claims.size(), retirements));
        out.println();
        for (MarketClaim c : claims) {
            RegistryRecord r = c.record();
            out.println(r.registry().displayName() + "  " + (r.serial() == null ? "" : r.serial().text()));
            RecordText.line(out, m, "registry.field.claimant", c.claimant() == null ? m.get("registry.claimant.none") : c.claimant());
            RecordText.line(out, m, "registry.field.quantity", Decimals.grouped(r.tonnes()));
            RecordText.line(out, m, "registry.field.retiredOn", r.retiredOn() == null ? null : r.retiredOn().toString());
            RecordText.line(out, m, "registry.field.words", "“" + c.words() + "”");
            RecordText.line(out, m, "registry.field.concept", c.concept().id() + " " + core.get("concept." + c.concept().id() + ".name")
                    + (c.reading() ? " " + m.get("registry.reading") : ""));
            String kind = r.classification().kind().map(k -> " (" + k.id() + ")").orElse("");
            RecordText.line(out, m, "registry.field.class", m.get("registry.class." + r.classification().creditClass().id()) + kind
                    + " — " + (r.projectType() == null ? "" : r.projectType()) + (r.methodology() == null ? "" : "; " + r.methodology()));
            RecordText.line(out, m, "registry.field.verdict", m.get(c.claimedVerdict().key()));
            RecordText.line(out, m, "registry.field.matrix", c.verdicts().stream().map(ClaimText::mark).collect(Collectors.joining("  ")));
            RecordText.line(out, m, "registry.field.subject", m.get("registry.subject." + c.subject().id()) + " " + m.get("registry.subjectReading"));
            RecordText.line(out, m, "registry.field.eu", m.get("registry.eu." + c.eu().id()));
            RecordText.line(out, m, "registry.field.source", r.source().toString());
            out.println();
        }
        out.println(m.get("registry.claims.totals"));
        for (MarketClaims.Total t : MarketClaims.totals(claims)) {
            out.println("  " + m.get("registry.claims.total", t.claimant() == null ? m.get("registry.claimant.none") : t.claimant(), t.claims(), Decimals.plain(t.tonnes()),
                    t.concepts().stream().map(c -> c.id()).collect(Collectors.joining(", ")),
                    t.classes().stream().map(c -> m.get("registry.class." + c.id())).collect(Collectors.joining(", "))));
        }
    }

    private static String mark(ConceptVerdict v) {
        return v.concept().id() + (v.admitted() ? " ✓" : " ✗") + (v.claimed() ? "*" : "");
    }
}
