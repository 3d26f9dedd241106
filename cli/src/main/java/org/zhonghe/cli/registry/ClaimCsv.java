package org.zhonghe.cli.registry;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.zhonghe.Decimals;
import org.zhonghe.registry.MarketClaim;
import org.zhonghe.registry.RegistryMessages;
import org.zhonghe.registry.RegistryRecord;

/** The market view as CSV: one row per claim, the matrix as {@code concept:admitted|not-admitted} pairs. */
final class ClaimCsv {
    private static final String[] HEADER = {"registry", "serial", "claimant", "beneficiary", "quantity", "retired_on",
        "words", "concept", "concept_is_reading", "credit_class", "removal_kind", "subject", "admitted_under_claimed_concept",
        "matrix", "eu_2024_825", "verdict", "source"};

    private ClaimCsv() {}

    static void print(List<MarketClaim> claims, RegistryMessages m, PrintWriter out) throws IOException {
        CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
        for (MarketClaim c : claims) {
            RegistryRecord r = c.record();
            p.printRecord(r.registry().displayName(), r.serial() == null ? "" : r.serial().text(), c.claimant(),
                    r.beneficiary(), Decimals.plain(r.tonnes()), r.retiredOn(), c.words(), c.concept().id(), c.reading(),
                    r.classification().creditClass().id(), r.classification().kind().map(k -> k.id()).orElse(""),
                    c.subject().id(), c.claimedVerdict().admitted(),
                    c.verdicts().stream().map(v -> v.concept().id() + ":" + (v.admitted() ? "admitted" : "not-admitted"))
                            .collect(Collectors.joining(";")),
                    c.eu().id(), m.get(c.claimedVerdict().key()), r.source().toString());
        }
        p.flush();
    }
}
