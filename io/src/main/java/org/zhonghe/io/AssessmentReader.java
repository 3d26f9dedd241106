package org.zhonghe.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an assessment (assessment-format.md, version 1) from YAML, JSON or an XLSX workbook, with ledgers inline or
 * in CSV files or XLSX workbooks next to it. Bad input is never an exception: it is a {@link ReadResult.Invalid}
 * listing every problem with its file, line and field. Checks that need the rules' tables
 * (gases, duplicate ids, profile) are left to {@code ClaimEvaluator#validate}; see
 * {@link ReadResult.Read#locate}. Stateless and thread-safe.
 */
public final class AssessmentReader {

    /**
     * Reads {@code file}, and any CSV ledger it refers to, in {@code encoding} (and any XLSX ledger).
     * The file's syntax follows its extension ({@code .json}; {@code .xlsx}, a workbook; else YAML).
     */
    public ReadResult read(Path file, Charset encoding) {
        return read(file, encoding, null);
    }

    /**
     * Reads {@code file} as {@link #read(Path, Charset)} does, but a ledger reference may only
     * name a file in the directory {@code confinedTo} (a server reading parts a client sent into
     * a private directory: {@code ../x.csv} or {@code /etc/passwd} is a problem, never read).
     */
    public ReadResult read(Path file, Charset encoding, Path confinedTo) {
        return read(file, encoding, confinedTo, Long.MAX_VALUE, LargeLedger.Progress.NONE);
    }

    /**
     * Reads {@code file} as {@link #read(Path, Charset)} does, but an emissions ledger in a CSV
     * file of more than {@code largeAbove} bytes is not held: it is validated as it streams by,
     * and the assessment read has no emissions of its own; {@link ReadResult.Read#large()} gives
     * the ledger, its tally and a way to stream it again ({@link LargeLedger}). Not when activity
     * data join the emissions.
     */
    public ReadResult read(Path file, Charset encoding, long largeAbove, LargeLedger.Progress progress) {
        return read(file, encoding, null, largeAbove, progress);
    }

    private ReadResult read(Path file, Charset encoding, Path confinedTo, long largeAbove, LargeLedger.Progress progress) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(encoding, "encoding");
        String name = file.toString();
        Problems problems = new Problems();
        problems.meet(name);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add(name, 0, "", null, "file.notFound", name);
            return new ReadResult.Invalid(problems.inFileOrder());
        } catch (IOException | RuntimeException e) {
            problems.add(name, 0, "", null, "file.unreadable", name, String.valueOf(e.getMessage()));
            return new ReadResult.Invalid(problems.inFileOrder());
        }
        if (isWorkbook(file)) {
            return readWorkbook(bytes, name, new Ledgers(Siblings.beside(file, confinedTo), encoding, problems), problems);
        }
        String text;
        try {
            text = SourceText.decode(bytes, encoding);
        } catch (SourceText.DecodingException e) {
            Ledgers.reportEncoding(problems, name, encoding, e.malformed());
            return new ReadResult.Invalid(problems.inFileOrder());
        }
        Ledgers ledgers = new Ledgers(Siblings.beside(file, confinedTo), encoding, problems);
        ledgers.deferAbove(largeAbove, Objects.requireNonNull(progress, "progress"));
        return read(text, name, Syntax.of(file), ledgers, problems);
    }

    /**
     * Reads an assessment sent as text (the REST API). With {@code allowFileRefs} false a
     * {@code {file: …}} ledger is a problem; with true it is resolved next to {@code partName}
     * and read as UTF-8.
     *
     * @param partName the name problems give as the file ({@code assessment.yaml})
     */
    public ReadResult read(String text, String partName, Syntax syntax, boolean allowFileRefs) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(partName, "partName");
        Objects.requireNonNull(syntax, "syntax");
        Problems problems = new Problems();
        problems.meet(partName);
        Siblings siblings = allowFileRefs ? Siblings.beside(pathOf(partName), null) : null;
        return read(withoutBom(text), partName, syntax, new Ledgers(siblings, StandardCharsets.UTF_8, problems), problems);
    }

    /**
     * Reads an assessment held in memory: the document, named {@code documentName} in problems,
     * and the parts it names by {@code file:} (ledgers, a factor set), UTF-8, each named as sent.
     * A reference to a name that is not among the parts is a problem; no file is opened and no
     * file is written.
     */
    public ReadResult read(String text, String documentName, Syntax syntax, Map<String, String> parts) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(documentName, "documentName");
        Objects.requireNonNull(syntax, "syntax");
        Map<String, byte[]> bytes = new HashMap<>();
        parts.forEach((name, content) -> bytes.put(name, content.getBytes(StandardCharsets.UTF_8)));
        Problems problems = new Problems();
        problems.meet(documentName);
        return read(withoutBom(text), documentName, syntax, new Ledgers(Siblings.of(bytes), StandardCharsets.UTF_8, problems),
                problems);
    }

    /**
     * Reads an assessment sent as an XLSX workbook (the web UI's upload), named {@code name} in
     * problems ({@code name[assessment]}, {@code name[emissions]}). A {@code file:} reference in
     * it is a problem: nothing but the workbook is read.
     */
    public ReadResult readWorkbook(byte[] xlsx, String name) {
        Objects.requireNonNull(xlsx, "xlsx");
        Objects.requireNonNull(name, "name");
        Problems problems = new Problems();
        return readWorkbook(xlsx, name, new Ledgers(Siblings.of(Map.of()), StandardCharsets.UTF_8, problems), problems);
    }

    /** True for an {@code .xlsx} file: an assessment workbook (assessment-format.md, "The workbook"). */
    public static boolean isWorkbook(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    private static ReadResult readWorkbook(byte[] xlsx, String name, Ledgers ledgers, Problems problems) {
        Optional<WorkbookTree.Tree> tree = WorkbookTree.parse(xlsx, name, problems);
        if (tree.isEmpty()) return new ReadResult.Invalid(problems.inFileOrder());
        return bind(tree.get().root(), tree.get().document(), ledgers, problems);
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Path pathOf(String name) {
        try {
            return Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static ReadResult read(String text, String file, Syntax syntax, Ledgers ledgers, Problems problems) {
        Optional<Node> root = switch (syntax) {
            case YAML -> YamlTree.parse(text, file, problems);
            case JSON -> JsonTree.parse(text, file, problems);
        };
        if (root.isEmpty()) return new ReadResult.Invalid(problems.inFileOrder());
        return bind(root.get(), file, ledgers, problems);
    }

    private static ReadResult bind(Node root, String file, Ledgers ledgers, Problems problems) {
        AssessmentBinder binder = new AssessmentBinder(file, problems, ledgers);
        var assessment = binder.bind(root);
        if (assessment == null || !problems.isEmpty()) return new ReadResult.Invalid(problems.inFileOrder());
        return new ReadResult.Read(assessment, file, binder.lines(), problems.columns(), ledgers.large());
    }
}
