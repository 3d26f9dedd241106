package org.zhonghe.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticExportTest {
    @Test
    void aGeneratedExportReadsWithEveryRowAccountedForAndClaimsInIt(@TempDir Path dir) throws IOException {
        SyntheticExport.writeVerra(dir, 2000, 7);
        RegistryData d = RegistryData.read(dir);
        assertThat(d.rejections()).isEmpty();
        assertThat(d.counts()).extracting(FileCount::file, FileCount::rows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("verra/projects.csv", 100L),
                        org.assertj.core.groups.Tuple.tuple("verra/transactions.csv", 2000L));
        assertThat(MarketClaims.in(d.records())).isNotEmpty();
        RegistryRecord first = d.records().get(0);
        assertThat(d.find(first.serial())).contains(first);
    }
}
