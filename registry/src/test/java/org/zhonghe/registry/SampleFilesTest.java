package org.zhonghe.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleFilesTest {
    /** Data rows per file, counted by Python's csv module (quoted cells span lines). */
    private static final Map<String, Integer> ROWS = new LinkedHashMap<>();

    static {
        Object[] rows = {
            "american-carbon-registry/cancellations.csv", 50,
            "american-carbon-registry/issuances.csv", 100,
            "american-carbon-registry/projects.csv", 50,
            "american-carbon-registry/retirements.csv", 100,
            "art-trees/cancellations.csv", 3,
            "art-trees/issuances.csv", 11,
            "art-trees/projects.csv", 28,
            "art-trees/retirements.csv", 8,
            "cercarbono/issuances.csv", 100,
            "cercarbono/projects.csv", 50,
            "cercarbono/retirements.csv", 100,
            "climate-action-reserve/cancellations.csv", 50,
            "climate-action-reserve/issuances.csv", 100,
            "climate-action-reserve/projects.csv", 50,
            "climate-action-reserve/retirements.csv", 100,
            "gold-standard/issuances.csv", 100,
            "gold-standard/projects.csv", 50,
            "gold-standard/retirements.csv", 100,
            "isometric/issuances.csv", 100,
            "isometric/projects.csv", 50,
            "isometric/retirements.csv", 100,
            "verra/projects.csv", 50,
            "verra/transactions.csv", 200};
        for (int i = 0; i < rows.length; i += 2) ROWS.put((String) rows[i], (Integer) rows[i + 1]);
    }

    @Test
    void everyRowOfEverySampleFileIsReadOrRejected() {
        RegistryData d = Samples.data();
        Map<String, FileCount> counts = d.counts().stream().collect(Collectors.toMap(FileCount::file, c -> c));
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(ROWS.keySet());
        for (var e : ROWS.entrySet()) {
            FileCount c = counts.get(e.getKey());
            assertThat(c.rows()).as(e.getKey()).isEqualTo(e.getValue().longValue());
            assertThat(c.read() + c.rejected()).as(e.getKey()).isEqualTo(c.rows());
            long recorded = d.records().stream().filter(r -> r.source().file().equals(e.getKey())).count()
                    + d.projects().stream().filter(p -> p.source().file().equals(e.getKey())).count();
            long rejected = d.rejections().stream().filter(r -> r.source().file().equals(e.getKey())).count();
            assertThat(recorded).as(e.getKey()).isEqualTo(c.read());
            assertThat(rejected).as(e.getKey()).isEqualTo(c.rejected());
        }
    }

    @Test
    void theSamplesReadWithoutRejections() {
        assertThat(Samples.data().rejections()).isEmpty();
    }
}
