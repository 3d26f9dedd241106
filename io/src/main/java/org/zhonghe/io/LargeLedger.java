package org.zhonghe.io;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.zhonghe.GasFamily;
import org.zhonghe.GwpTable;
import org.zhonghe.Metric;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Problem;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.EmissionTally;

/**
 * An emissions ledger in a CSV file too large to hold (assessment-format.md: "validated in a
 * first pass and evaluated in a second"). {@link AssessmentReader} defers it: the first pass
 * checks its encoding, then reads it row by row with the same cell readers and record checks as
 * a ledger held in memory, keeping only the {@link EmissionTally} and a hash of each id; the
 * caller streams it again ({@link #forEach}) to show each record. Memory does not grow with the
 * rows, but for the ids a finding names ({@link #idsIn}).
 */
public final class LargeLedger {
    private static final String SECTION = "emissions";
    /** Stop looking for the first occurrence of repeated ids beyond this many suspects: the limit of problems is 100. */
    private static final int MAX_SUSPECTS = 10_000;

    private final Path path;
    private final String file;
    private final Charset charset;
    private final long bytes;
    private final Progress progress;
    private final EmissionTally tally = new EmissionTally(GwpTable.bundled());
    /** Problems kept of each kind: as many as a file keeps ({@code Problems}). */
    private static final int KEPT = 10_000;
    private final List<Problem> recordProblems = new ArrayList<>();
    private final List<Problem> repeatedIds = new ArrayList<>();
    private Metric checkedUnder;

    /** Where a pass over the file is: for a progress bar. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (file, pass, done, total) -> { };

        /**
         * @param file the ledger's name
         * @param pass 1 (validating) or 2 (evaluating, writing); {@code done} of {@code total} bytes read
         */
        void at(String file, int pass, long done, long total);
    }

    LargeLedger(Path path, String file, Charset charset, long bytes, Progress progress) {
        this.path = path;
        this.file = file;
        this.charset = charset;
        this.bytes = bytes;
        this.progress = progress;
    }

    /** The file's name as problems and records give it. */
    public String file() {
        return file;
    }

    /** The file's size in bytes. */
    public long bytes() {
        return bytes;
    }

    /** The emissions as tallied by the first pass (every valid record). */
    public EmissionTally tally() {
        return tally;
    }

    /**
     * The first pass: the file's own problems into {@code problems} (encoding, cells), as a
     * ledger held in memory reports them; the problems of core's checks of single records (with
     * {@code metric}, which may be null) and of repeated ids kept apart ({@link #recordProblems},
     * {@link #repeatedIds}), for they come in the order {@code ClaimCheck} gives them when the
     * file's cells are all readable; each valid record into the tally.
     */
    void validate(Problems problems, Metric metric) {
        checkedUnder = metric;
        try (InputStream in = Files.newInputStream(path)) {
            SourceText.check(in, charset);
        } catch (SourceText.DecodingException e) {
            Ledgers.reportEncoding(problems, file, charset, e.malformed());
            return;
        } catch (IOException e) {
            problems.add(file, 0, "", null, "file.unreadable", file, String.valueOf(e.getMessage()));
            return;
        }
        ClaimEvaluator rules = ClaimEvaluator.standard();
        IdHashes ids = new IdHashes();
        Set<Long> suspects = new HashSet<>();
        int[] last = {0};
        rows(1, problems, problems, e -> {
            keep(recordProblems, rules.validateRecords(List.of(e), List.of(), List.of(), List.of(), List.of(), List.of(), metric));
            last[0] = e.origin().line();
            long h = IdHashes.hash(e.id());
            if (!ids.add(h) && suspects.size() < MAX_SUSPECTS) suspects.add(h);
            if (GwpTable.bundled().resolve(e.gas()).isPresent()) tally.add(e);
        }, Integer.MAX_VALUE);
        if (!suspects.isEmpty()) repeated(suspects, last[0]);
    }

    private static void keep(List<Problem> into, List<Problem> found) {
        for (Problem p : found) if (into.size() < KEPT) into.add(p);
    }

    /**
     * The problems of core's checks of single records (unknown gas, biogenic other than CO2, a gas
     * without a value in {@code metric}) in file order, at most {@value #KEPT}; the ledger is read
     * again when {@code metric} is not the one of the first pass and could change them.
     */
    public List<Problem> recordProblems(Metric metric) {
        if (Objects.equals(metric, checkedUnder)) return List.copyOf(recordProblems);
        GwpTable gwp = GwpTable.bundled();
        boolean differ = recordProblems.stream().anyMatch(p -> p.key().equals("gas.noValue"))
                || tally.gases().stream().map(g -> gwp.resolve(g).orElseThrow())
                        .anyMatch(g -> g.family() != GasFamily.PRECURSOR && gwp.factor(g, metric).isEmpty());
        if (!differ) return List.copyOf(recordProblems);
        ClaimEvaluator rules = ClaimEvaluator.standard();
        List<Problem> out = new ArrayList<>();
        rows(1, new Problems(), null, e -> keep(out, rules.validateRecords(List.of(e), List.of(), List.of(),
                List.of(), List.of(), List.of(), metric)), Integer.MAX_VALUE);
        return out;
    }

    /** Each repeated id at its second line, in file order, naming the line of the first. */
    public List<Problem> repeatedIds() {
        return List.copyOf(repeatedIds);
    }

    /** The records whose id's hash is a suspect, read again up to {@code lastLine}: each repeated id at its second line. */
    private void repeated(Set<Long> suspects, int lastLine) {
        Map<String, Integer> first = new HashMap<>();
        rows(1, new Problems(), null, e -> {
            if (!suspects.contains(IdHashes.hash(e.id()))) return;
            Integer seen = first.putIfAbsent(e.id(), e.origin().line());
            if (seen != null) {
                keep(repeatedIds, List.of(Problem.at(e.origin(), SECTION + "[" + e.id() + "].id", e.id(), "id.duplicate",
                        e.id(), SECTION, String.valueOf(seen))));
            }
        }, lastLine);
    }

    /**
     * The ids of the records of {@code groups}, in file order, read again: for a finding that
     * names them (the records of {@code CO2e} under a CO2-only concept). Not called otherwise, so
     * that memory grows with the ids only when the result lists them.
     */
    public List<String> idsIn(Set<EmissionTally.Key> groups) {
        List<String> out = new ArrayList<>();
        rows(2, new Problems(), null, e -> {
            if (groups.contains(tally.keyOf(e))) out.add(e.id());
        }, Integer.MAX_VALUE);
        return out;
    }

    /**
     * The second pass: each record, in file order, to {@code each}. The file must have passed the
     * first pass.
     *
     * @throws UncheckedIOException if the file can no longer be read as it was
     */
    public void forEach(Consumer<Emission> each) {
        Problems problems = new Problems();
        rows(2, problems, null, each, Integer.MAX_VALUE);
        if (!problems.isEmpty()) {
            throw new UncheckedIOException(new IOException(file + " changed after it was checked: " + problems.inFileOrder().get(0)));
        }
    }

    /**
     * Reads the rows up to {@code lastLine}: the file's problems into {@code problems}, each
     * valid record to {@code each}; the records' own problems into {@code recordProblems} (null:
     * a fresh set per record, so that they never stop the reading).
     */
    private void rows(int pass, Problems problems, Problems recordProblems, Consumer<Emission> each, int lastLine) {
        Set<String> allowed = new LinkedHashSet<>(LedgerRecords.EMISSION);
        int[] index = {0};
        try (Counting counting = new Counting(Files.newInputStream(path), pass);
             Reader reader = new BufferedReader(new InputStreamReader(counting, charset.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') reader.reset();
            CsvLedger.read(reader, file, SECTION, allowed, problems, row -> {
                if (row.line() > lastLine) throw Done.DONE;
                String at = Fields.recordPath(row, SECTION, "id", ++index[0]);
                Problems own = recordProblems == null ? new Problems() : recordProblems;
                Emission e = LedgerRecords.emission(Fields.of(row, file, at, LedgerRecords.EMISSION, own));
                if (e != null) each.accept(e);
            });
        } catch (Done enough) {
            // the rows asked for are read
        } catch (IOException e) {
            problems.add(file, 0, "", null, "file.unreadable", file, String.valueOf(e.getMessage()));
        }
    }

    private static final class Done extends RuntimeException {
        static final Done DONE = new Done();

        private Done() {
            super("done", null, false, false);
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private final class Counting extends FilterInputStream {
        private final int pass;
        private long done;
        private long told;

        Counting(InputStream in, int pass) {
            super(in);
            this.pass = pass;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                done += n;
                if (done - told >= 1 << 20) {
                    told = done;
                    progress.at(file, pass, done, bytes);
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) done++;
            return c;
        }
    }

    @Override
    public String toString() {
        return "LargeLedger[" + file + ", " + bytes + " bytes]";
    }

    static LargeLedger of(Path path, String file, Charset charset, Progress progress) throws IOException {
        Objects.requireNonNull(progress, "progress");
        return new LargeLedger(path, file, charset, Files.size(path), progress);
    }
}
