package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records read by chunks on several threads come out in file order, each at its line in the file. */
class ChunkedRecordsTest {
    @Test
    void records_are_added_in_file_order_with_the_lines_of_later_chunks_made_whole() {
        ChunkedRecords<String> records = new ChunkedRecords<>();
        ChunkedRecords.Chunk<String> second = records.chunk(1); // a thread may start on a later chunk first
        second.add(7, 0, "c", true);
        second.add(8, 3, "d", false);
        ChunkedRecords.Chunk<String> first = records.chunk(0);
        first.add(7, 2, "a", false);
        first.add(9, 5, "b", true);
        List<String> out = new ArrayList<>();
        records.addInOrder(new long[] {0, 100}, (r, line, idFromLine) -> r + "@" + line + (idFromLine ? "*" : ""),
                (entity, r) -> out.add(entity + ":" + r));
        assertThat(out).containsExactly("7:a", "9:b", "7:c@100*", "8:d@103");
    }
}
