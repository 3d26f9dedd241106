package org.zhonghe.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.zhonghe.batch.EntityLines;
import org.zhonghe.batch.UserFactorSets;

/**
 * The users' factor sets of a ledger on Spark (docs/batch.md): the driver finds the files named
 * in the {@code factorSet} cells of entities and activities (one pass over those two files, only
 * when there are activities), reads each once through Hadoop's file system, and hands them to
 * {@link UserFactorSets} — the reader of {@code zhonghe batch} — which travels to the executors
 * with the header lines.
 */
final class UserSetFiles {
    private UserSetFiles() {}

    static UserFactorSets read(SparkSession spark, String dir, Map<EntityLines.File, LedgerFiles.Source> sources,
                               EntityLines.Headers h) {
        if (!sources.containsKey(EntityLines.File.ACTIVITIES)) return UserFactorSets.NONE;
        JavaRDD<String> names = null;
        for (EntityLines.File f : List.of(EntityLines.File.ENTITIES, EntityLines.File.ACTIVITIES)) {
            LedgerFiles.Source s = sources.get(f);
            if (s == null) continue;
            JavaRDD<String> named = LedgerFiles.lines(spark, s, h)
                    .flatMap(t -> EntityLines.userSetsOf(h, f, t._4()).iterator());
            names = names == null ? named : names.union(named);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (String name : new TreeSet<>(names == null ? List.of() : new ArrayList<>(names.distinct().collect()))) {
            if (!UserFactorSets.isPlain(name)) continue;
            Path p = new Path(dir + "/" + name);
            try {
                FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
                if (!fs.exists(p) || !fs.getFileStatus(p).isFile()) continue;
                try (InputStream in = fs.open(p)) {
                    files.put(name, in.readAllBytes());
                }
            } catch (IOException e) {
                unreadable.put(name, String.valueOf(e.getMessage()));
            }
        }
        return UserFactorSets.of(dir, files, unreadable);
    }
}
