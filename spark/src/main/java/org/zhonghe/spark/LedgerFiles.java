package org.zhonghe.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegralType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.zhonghe.assessment.Problem;
import org.zhonghe.batch.EntityLines;
import org.zhonghe.batch.ErrorKeys;

/**
 * The files of a multi-entity ledger as the lines of its CSV files, whichever format holds them: a CSV file's
 * lines as they are, a Parquet file's rows written as the CSV lines that hold the same cells (so that the one
 * schema reads both, docs/batch.md). A Parquet column may be text, DECIMAL (written in plain notation, exactly),
 * an integer, a boolean or a date; a FLOAT or DOUBLE column is refused: a binary floating-point number is not the
 * decimal the platform recorded. A Parquet file's rows are numbered in the order of its part files (by name) and
 * of the rows in each; that order is the file order of a CSV file (credits are judged in it, results follow it).
 */
final class LedgerFiles {
    /** The formats a ledger file may have, by its file name's extension. */
    enum Format {
        CSV, PARQUET;

        String extension() {
            return "." + name().toLowerCase(Locale.ROOT);
        }

        /** {@code emissions.parquet} for {@code emissions.csv}. */
        String fileName(EntityLines.File f) {
            return f.fileName().replaceFirst("\\.csv$", extension());
        }
    }

    /** One ledger file: its path, format and header (the column names as a CSV header line). */
    record Source(EntityLines.File file, String path, Format format, String header) {}

    private static final String FILE_PATH = "_zhonghe_file";
    private static final String ROW_INDEX = "_zhonghe_row";

    private LedgerFiles() {}

    /**
     * The ledger files under {@code dir}: {@code NAME.csv} or {@code NAME.parquet} (a file or Spark's directory of
     * part files), or only those of {@code only} when it is given. Problems: both formats of one file, a
     * floating-point column.
     */
    static Map<EntityLines.File, Source> find(SparkSession spark, String dir, Format only, List<Problem> problems) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<EntityLines.File, Source> found = new EnumMap<>(EntityLines.File.class);
        for (EntityLines.File f : EntityLines.File.values()) {
            String csv = dir + "/" + f.fileName();
            String parquet = dir + "/" + Format.PARQUET.fileName(f);
            boolean hasCsv = only != Format.PARQUET && exists(spark, csv);
            boolean hasParquet = only != Format.CSV && exists(spark, parquet);
            if (hasCsv && hasParquet) {
                problems.add(Problem.of(f.fileName(), 0, "", null, ErrorKeys.TWO_FORMATS, f.fileName(), Format.PARQUET.fileName(f)));
            } else if (hasCsv) {
                String first = jsc.textFile(csv).first();
                found.put(f, new Source(f, csv, Format.CSV, first.startsWith("\uFEFF") ? first.substring(1) : first));
            } else if (hasParquet) {
                List<String> names = new ArrayList<>();
                for (StructField field : spark.read().parquet(parquet).schema().fields()) {
                    DataType t = field.dataType();
                    if (!(t instanceof StringType || t instanceof DecimalType || t instanceof IntegralType
                            || t instanceof BooleanType || t instanceof DateType)) {
                        problems.add(Problem.of(Format.PARQUET.fileName(f), 0, field.name(), null, ErrorKeys.COLUMN_TYPE,
                                field.name(), t.sql()));
                    }
                    names.add(cell(field.name()));
                }
                found.put(f, new Source(f, parquet, Format.PARQUET, String.join(",", names)));
            }
        }
        return found;
    }

    /**
     * The file's records as (entity, file, line, text): a CSV line as read, numbered as in the file (the header is
     * line 1); a Parquet row as the CSV line of its cells, numbered as if it were one (its row number + 1).
     */
    static JavaRDD<scala.Tuple4<String, Integer, Long, String>> lines(SparkSession spark, Source s, EntityLines.Headers h) {
        EntityLines.File file = s.file();
        int ordinal = file.ordinal();
        if (s.format() == Format.CSV) {
            return JavaSparkContext.fromSparkContext(spark.sparkContext()).textFile(s.path()).zipWithIndex()
                    .filter(t -> t._2() > 0)
                    .map(t -> new scala.Tuple4<>(key(EntityLines.entityOf(h, file, t._1())), ordinal, t._2() + 1, t._1()));
        }
        Dataset<Row> table = spark.read().parquet(s.path());
        int columns = table.schema().fields().length;
        List<Column> select = new ArrayList<>();
        for (StructField field : table.schema().fields()) {
            Column c = functions.col("`" + field.name().replace("`", "``") + "`");
            select.add(field.dataType() instanceof DateType ? c.cast("string") : c);
        }
        select.add(functions.col("_metadata.file_path").as(FILE_PATH));
        select.add(functions.col("_metadata.row_index").as(ROW_INDEX));
        Dataset<Row> rows = table.select(select.toArray(Column[]::new));
        // each part file's first row number: the rows of the part files before it, in the order of their names
        Map<String, Long> first = new HashMap<>();
        long n = 0;
        Map<String, Long> counts = new java.util.TreeMap<>(rows.select(FILE_PATH).javaRDD().map(r -> r.getString(0)).countByValue());
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            first.put(c.getKey(), n);
            n += c.getValue();
        }
        return rows.javaRDD().map(r -> {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                if (i > 0) line.append(',');
                Object v = r.get(i);
                line.append(v == null ? "" : cell(v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString()));
            }
            String text = line.toString();
            long number = first.get(r.getString(columns)) + r.getLong(columns + 1) + 1;
            return new scala.Tuple4<>(key(EntityLines.entityOf(h, file, text)), ordinal, number + 1, text);
        });
    }

    /**
     * An error of a Parquet file as its reader sees it: the file's own name and the row's number (1: the first
     * row), where the evaluation counted a header line before it; an error of the columns names no row.
     */
    static Problem located(Problem p, Map<EntityLines.File, Source> sources) {
        for (Source s : sources.values()) {
            if (s.format() == Format.PARQUET && s.file().fileName().equals(p.file())) {
                Problem moved = p.inFile(Format.PARQUET.fileName(s.file()));
                return moved.atLine(p.line() > 1 ? p.line() - 1 : 0);
            }
        }
        return p;
    }

    /** A cell as CSV writes it: quoted when it holds a comma, a quote or a line break. */
    static String cell(String v) {
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static String key(String entity) {
        return entity == null ? "" : entity;
    }

    static boolean exists(SparkSession spark, String path) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
        return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    }
}
