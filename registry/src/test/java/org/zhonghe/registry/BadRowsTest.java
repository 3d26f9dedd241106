package org.zhonghe.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows the registries' own types refuse are rejected one by one; the rest of the file is read. */
class BadRowsTest {
    private static final String HEADER = "Issuance Date,Vintage Start,Vintage End,ID,Name,Quantity Issued,Serial Number,"
            + "Retirement/Cancellation Date,Retirement Beneficiary\n";

    /** Found by RegistryFuzzTest: the vintage's exception killed the file and broke read + rejected = rows. */
    @Test
    void a_vintage_ending_before_it_starts_rejects_its_row_only(@TempDir Path dir) throws IOException {
        Path verra = Files.createDirectories(dir.resolve("verra"));
        Files.writeString(verra.resolve("transactions.csv"), HEADER
                + "2026-04-02,2023-01-01,2022-10-31,3005,Tongxu,187,"
                + "19380-941382555-941382741-VCS-VCU-1310-VER-CN-13-3005-01012022-31102022-0,2026-04-09,\n"
                + "2026-04-03,2020-01-01,2020-12-31,1340,Bale,425,"
                + "19385-941467007-941467431-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1,2026-04-10,\n");
        RegistryData d = RegistryData.read(verra);
        assertThat(d.counts()).containsExactly(new FileCount("verra/transactions.csv", 2, 1, 1));
        assertThat(d.rejections()).extracting(Rejection::toString)
                .containsExactly("verra/transactions.csv:2: vintage ends before it starts: 2023–2022");
        assertThat(d.records()).extracting(r -> r.source().line()).isEqualTo(List.of(3L));
    }
}
