package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * A credit counts once in a batch ledger too: a serial two entities retire for themselves (however
 * spelt) is a conflict for each that counts it ({@code CONFLICTING_CLAIM}, INDETERMINATE), in one pass or
 * several, on any number of threads, and entity by entity as Spark judges them.
 */
class SerialClaimsTest {
    @TempDir Path dir;

    /** A and B list the same serial (B spells registry and serial another way), C its own; D lists A's but does not count it. */
    private Path ledger() throws IOException {
        Files.writeString(dir.resolve("entities.csv"), """
                entity,type,from,to,concept
                A,organization,2024-01-01,2024-12-31,carbon-neutrality
                B,organization,2024-01-01,2024-12-31,carbon-neutrality
                C,organization,2024-01-01,2024-12-31,carbon-neutrality
                D,organization,2024-01-01,2024-12-31,net-zero-co2
                """);
        Files.writeString(dir.resolve("emissions.csv"), """
                entity,gas,amount,unit,scope
                A,CO2,10,t,1
                B,CO2,10,t,1
                C,CO2,10,t,1
                D,CO2,10,t,1
                """);
        Files.writeString(dir.resolve("credits.csv"), """
                entity,registry,serial,type,vintage,amount,unit,retired,beneficiary
                A,VCS,VCS-2024-0001,reduction,2024,10,t,true,A
                C,VCS,VCS-2024-0002,reduction,2024,10,t,true,C
                B,Verra,vcs\u20132024\u20130001,reduction,2024,10,t,true,B
                D,VCS,VCS-2024-0002,reduction,2024,10,t,true,D
                """);
        return dir;
    }

    private static String run(Path ledger, int threads, long passBytes) throws IOException {
        StringWriter out = new StringWriter();
        new Batch(ClaimEvaluator.standard()).run(ledger, new Batch.Options(null, threads, passBytes), out, n -> { });
        return out.toString();
    }

    @Test
    void a_serial_two_entities_list_is_a_conflict_for_each_that_counts_it() throws IOException {
        String rows = run(ledger(), 1, Long.MAX_VALUE);
        assertThat(rows).contains("\nA,carbon-neutrality,INDETERMINATE,").contains("\nB,carbon-neutrality,INDETERMINATE,");
        assertThat(line(rows, "A")).endsWith("CONFLICTING_CLAIM");
        assertThat(line(rows, "B")).endsWith("CONFLICTING_CLAIM");
        // C's serial is listed by D too, whose concept admits no offsets: still in question, C is not SUPPORTED
        assertThat(line(rows, "C")).startsWith("C,carbon-neutrality,INDETERMINATE,").endsWith("CONFLICTING_CLAIM");
        // D does not count it (net zero admits no offsets): no conflict is told for D
        assertThat(line(rows, "D")).startsWith("D,net-zero-co2,NOT_SUPPORTED,").doesNotContain("CONFLICTING_CLAIM");
        // in passes of one entity each and on two threads: the same bytes
        assertThat(run(dir, 2, Long.MAX_VALUE)).isEqualTo(rows);
        assertThat(run(dir, 2, 1)).isEqualTo(rows);
    }

    @Test
    void a_serial_of_one_entity_alone_is_not_a_conflict() throws IOException {
        ledger();
        Files.writeString(dir.resolve("credits.csv"), """
                entity,registry,serial,type,vintage,amount,unit,retired,beneficiary
                A,VCS,VCS-2024-0001,reduction,2024,10,t,true,A
                C,VCS,VCS-2024-0002,reduction,2024,10,t,true,C
                A,VCS,VCS-2024-0001,reduction,2024,10,t,true,A
                """);
        String rows = run(dir, 2, Long.MAX_VALUE);
        assertThat(line(rows, "A")).startsWith("A,carbon-neutrality,SUPPORTED,").contains("DOUBLE_COUNTED");
        assertThat(line(rows, "C")).startsWith("C,carbon-neutrality,SUPPORTED,");
        assertThat(rows).doesNotContain("CONFLICTING_CLAIM");
    }

    @Test
    void a_row_that_does_not_retire_the_credit_for_its_own_entity_claims_nothing_of_it() throws IOException {
        ledger();
        // B lists A's serial retired for A (bought for it), C lists it unretired: neither claims it
        Files.writeString(dir.resolve("credits.csv"), """
                entity,registry,serial,type,vintage,amount,unit,retired,beneficiary
                A,VCS,VCS-2024-0001,reduction,2024,10,t,true,A
                B,VCS,VCS-2024-0001,reduction,2024,10,t,true,A
                C,VCS,VCS-2024-0001,reduction,2024,10,t,false,C
                """);
        String rows = run(dir, 2, Long.MAX_VALUE);
        assertThat(line(rows, "A")).startsWith("A,carbon-neutrality,SUPPORTED,");
        assertThat(rows).doesNotContain("CONFLICTING_CLAIM");
        assertThat(run(dir, 2, 1)).isEqualTo(rows);
    }

    @Test
    void entity_by_entity_as_spark_judges_them_the_conflicts_are_the_same() throws IOException {
        String whole = run(ledger(), 2, Long.MAX_VALUE);
        EntityByEntity spark = EntityByEntity.judge(dir);
        assertThat(spark.claims().size()).isEqualTo(2);
        assertThat(spark.rows()).isEqualTo(whole);
    }

    @Test
    void the_key_is_the_credits_canonical_key() {
        assertThat(SerialClaims.hash("VCS", "VCS-2024-0001")).isEqualTo(SerialClaims.hash("Verra", "vcs\u20132024\u20130001"))
                .isEqualTo(SerialClaims.hash(" VCS", "VCS-2024-0001\u200B"))
                .isNotEqualTo(SerialClaims.hash("Gold Standard", "VCS-2024-0001"))
                .isNotEqualTo(SerialClaims.hash("VCS", "VCS-2024-0002"));
        SerialClaims claims = SerialClaims.of(LongStream.of(SerialClaims.hash("VCS", "S-1")).toArray());
        assertThat(claims.isContested("verra", "s-1")).isTrue();
        assertThat(claims.isContested("VCS", "S-2")).isFalse();
    }

    @Test
    void the_hash_of_a_serials_bytes_is_the_hash_of_its_canonical_key() {
        for (String registry : List.of("VCS", "Verra", "CCER", "Some Registry", "碳普惠")) {
            SerialClaims.Registry r = new SerialClaims.Registry(registry);
            for (String serial : List.of("VCS-2024-0001", "vcs-2024-0001", "CCER-2023-000000001", "ret_1KNSQMD6Z1S0TB50", "a!~z")) {
                byte[] b = ("," + serial + ",").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                assertThat(r.of(b, 1, b.length - 1)).as(registry + " " + serial).isEqualTo(SerialClaims.hash(registry, serial));
            }
        }
    }

    private static String line(String rows, String entity) {
        for (String l : rows.split("\n")) if (l.startsWith(entity + ",")) return l;
        throw new AssertionError("no row of " + entity + " in\n" + rows);
    }
}
