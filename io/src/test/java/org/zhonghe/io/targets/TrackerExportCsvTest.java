package org.zhonghe.io.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhonghe.assessment.Problem;
import org.zhonghe.targets.EntityType;
import org.zhonghe.targets.Parsed;
import org.zhonghe.targets.ProblemKind;
import org.zhonghe.targets.TrackerLayout;
import org.zhonghe.targets.TrackerRow;

/** A Net Zero Tracker export saved as CSV, read record by record. */
class TrackerExportCsvTest {

    @Test
    void the_csv_reader_keeps_every_column_with_or_without_the_group_row_and_numbers_lines() {
        String withGroups = "Identification,,End target information,,\n"
                + "ID_Code,Name,End_target,End_target_text,Extra_column\n"
                + "CIT-1,A,Net zero,\"Net zero\nby 2050\",x\n"
                + "COM-2,B,Carbon neutral(ity),Carbon neutral by 2030,y\n";
        List<TrackerRow> rows = new ArrayList<>();
        Parsed<TrackerLayout> layout = TrackerExportCsv.read(new StringReader(withGroups), "e.csv", rows::add);

        assertThat(layout.value().groups()).containsExactly("Identification", "Identification",
                "End target information", "End target information", "End target information");
        assertThat(rows).extracting(TrackerRow::line).containsExactly(3L, 5L);
        assertThat(rows.get(1).values()).containsEntry("Extra_column", "y").hasSize(5);
        assertThat(rows.get(1).entityType()).isEqualTo(EntityType.COMPANY);

        List<TrackerRow> plain = new ArrayList<>();
        TrackerExportCsv.read(new StringReader(withGroups.substring(withGroups.indexOf('\n') + 1)), "p.csv", plain::add);
        assertThat(plain).extracting(TrackerRow::line).containsExactly(2L, 4L);
    }

    @Test
    void a_file_without_an_id_column_is_one_problem() {
        Parsed<TrackerLayout> layout = TrackerExportCsv.read(new StringReader("a,b\nc,d\ne,f\n"), "x.csv", r -> { });

        assertThat(layout.problems()).extracting(Problem::key).containsExactly(ProblemKind.MISSING_COLUMN.code());
    }
}
