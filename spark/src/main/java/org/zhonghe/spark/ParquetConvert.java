package org.zhonghe.spark;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.zhonghe.assessment.Problem;
import org.zhonghe.batch.EntityLines;
import org.zhonghe.batch.ErrorKeys;

/**
 * A CSV ledger written as Parquet ({@code zhonghe spark convert}, {@code zhonghe spark generate}): each file
 * {@code NAME.csv} becomes {@code NAME.parquet} (Spark's directory of part files, rows in the file's order) with
 * the same columns, every one text (an empty cell is null, an absent field). Text keeps each cell exactly as
 * the platform recorded it, so that the one schema reads it as it reads the CSV cell (an amount of any number of
 * decimals; a bad cell stays the same error); no DOUBLE ever holds a quantity. A line that is not one record of
 * the header's cells is an error and nothing is written.
 */
final class ParquetConvert {
    private static final String ORDER = "_zhonghe_line";

    private ParquetConvert() {}

    /** Writes the CSV ledger under {@code dir} as Parquet under {@code out}; the problems found (then nothing written). */
    static List<Problem> convert(SparkSession spark, String dir, String out) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<Problem> problems = new ArrayList<>();
        List<Dataset<Row>> tables = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (EntityLines.File f : EntityLines.File.values()) {
            String csv = dir + "/" + f.fileName();
            if (!LedgerFiles.exists(spark, csv)) {
                if (f == EntityLines.File.ENTITIES || f == EntityLines.File.EMISSIONS) {
                    problems.add(Problem.of(f.fileName(), 0, "", null, ErrorKeys.MISSING, f.fileName()));
                }
                continue;
            }
            JavaPairRDD<String, Long> lines = jsc.textFile(csv).zipWithIndex();
            String first = lines.first()._1();
            List<String> header = cells(first.startsWith("\uFEFF") ? first.substring(1) : first);
            if (header == null) {
                problems.add(Problem.of(f.fileName(), 1, "", null, ErrorKeys.UNCLOSED_QUOTE));
                continue;
            }
            int width = header.size();
            String file = f.fileName();
            // the lines that are not one record of the header's cells: (line, cells), -1 cells for an open quote
            List<scala.Tuple2<Long, Integer>> bad = lines.filter(t -> t._2() > 0).flatMap(t -> {
                List<String> c = cells(t._1());
                int n = c == null ? -1 : c.size();
                return (n == width ? List.<scala.Tuple2<Long, Integer>>of() : List.of(new scala.Tuple2<>(t._2() + 1, n))).iterator();
            }).takeOrdered(100, new LineOrder());
            for (scala.Tuple2<Long, Integer> b : bad) {
                problems.add(b._2() < 0 ? Problem.of(file, b._1(), "", null, ErrorKeys.UNCLOSED_QUOTE)
                        : Problem.of(file, b._1(), "", null, ErrorKeys.CELLS, b._2(), width));
            }

            if (!bad.isEmpty()) continue;
            List<StructField> fields = new ArrayList<>(List.of(DataTypes.createStructField(ORDER, DataTypes.LongType, false)));
            for (String name : header) fields.add(DataTypes.createStructField(name.strip(), DataTypes.StringType, true));
            StructType schema = DataTypes.createStructType(fields);
            JavaRDD<Row> rows = lines.filter(t -> t._2() > 0).map(t -> {
                Object[] row = new Object[width + 1];
                row[0] = t._2();
                List<String> c = cells(t._1());
                for (int i = 0; i < width; i++) row[i + 1] = c.get(i).isEmpty() ? null : c.get(i);
                return RowFactory.create(row);
            });
            // as many part files as the CSV file has splits, ranges of lines in order
            tables.add(spark.createDataFrame(rows, schema).repartitionByRange(lines.getNumPartitions(), functions.col(ORDER)));
            targets.add(out + "/" + LedgerFiles.Format.PARQUET.fileName(f));
        }
        if (!problems.isEmpty()) return problems;
        for (int i = 0; i < tables.size(); i++) {
            // sorted by line: the part files, in the order of their names, hold the rows in the file's order
            tables.get(i).sortWithinPartitions(ORDER).drop(ORDER).write().parquet(targets.get(i));
        }
        copyUserSets(spark, dir, out);
        return problems;
    }

    /**
     * Users' factor sets (a CSV file beside the ledger, named by its file name in a factorSet column,
     * docs/batch.md) are not ledger files: copied beside the Parquet ledger as they are, so it names them still.
     */
    private static void copyUserSets(SparkSession spark, String dir, String out) throws IOException {
        org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
        org.apache.hadoop.fs.Path from = new org.apache.hadoop.fs.Path(dir);
        org.apache.hadoop.fs.FileSystem fs = from.getFileSystem(conf);
        org.apache.hadoop.fs.Path to = new org.apache.hadoop.fs.Path(out);
        java.util.Set<String> ledger = new java.util.HashSet<>();
        for (EntityLines.File f : EntityLines.File.values()) ledger.add(f.fileName());
        for (org.apache.hadoop.fs.FileStatus st : fs.listStatus(from)) {
            String name = st.getPath().getName();
            if (st.isFile() && name.endsWith(".csv") && !ledger.contains(name)) {
                org.apache.hadoop.fs.FileUtil.copy(fs, st.getPath(), to.getFileSystem(conf), new org.apache.hadoop.fs.Path(to, name),
                        false, conf);
            }
        }
    }

    /** Lines by number. */
    private static final class LineOrder implements java.util.Comparator<scala.Tuple2<Long, Integer>>, java.io.Serializable {
        @Override
        public int compare(scala.Tuple2<Long, Integer> a, scala.Tuple2<Long, Integer> b) {
            return Long.compare(a._1(), b._1());
        }
    }

    /** The cells of one CSV line (RFC 4180, a record on one line), or null when a quote is not closed on it. */
    static List<String> cells(String line) {
        try (CSVParser p = CSVParser.parse(new StringReader(line), CSVFormat.RFC4180)) {
            List<CSVRecord> records = p.getRecords();
            if (records.size() != 1) return records.isEmpty() ? List.of("") : null;
            return records.get(0).toList();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }
}
