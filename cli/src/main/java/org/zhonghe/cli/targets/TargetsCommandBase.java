package org.zhonghe.cli.targets;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.zhonghe.cli.LanguageOption;
import org.zhonghe.cli.OutputFormat;
import org.zhonghe.assessment.Problem;
import org.zhonghe.Messages;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every targets and trajectory command shares: {@code --format}, {@code --lang}, output and errors. */
abstract class TargetsCommandBase implements Callable<Integer> {
    static final int OK = 0;
    static final int INVALID = 2;
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setDefaultPrettyPrinter(new DefaultPrettyPrinter().withSeparators(
                    Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Option(names = "--format", paramLabel = "text|json|csv", converter = OutputFormat.Converter.class,
            completionCandidates = OutputFormat.Candidates.class,
            description = "Output: text (default), json or csv. 输出格式。")
    OutputFormat format = OutputFormat.TEXT;

    @Override
    public final Integer call() {
        if (language.isUnknown()) {
            spec.commandLine().getErr().println("zhonghe: --lang: expected zh or en / 应为 zh 或 en");
            return INVALID;
        }
        return run();
    }

    /** The command itself; returns the exit status. */
    abstract int run();

    Locale locale() {
        return language.locale();
    }

    /** Where the command writes: its text fitted to the terminal's width (COLUMNS); JSON and CSV as they are. */
    PrintWriter out() {
        if (format != OutputFormat.TEXT) return spec.commandLine().getOut();
        if (text == null) text = org.zhonghe.output.WrappingWriter.of(spec.commandLine().getOut());
        return text;
    }

    private PrintWriter text;

    String text(String key, Object... args) {
        return Messages.of(locale()).plain("targets." + key, args);
    }

    /** Prints problems as {@code FILE:LINE: message} on standard error (and as JSON errors); exit 2. */
    int invalid(List<Problem> problems) {
        PrintWriter err = spec.commandLine().getErr();
        ArrayNode errors = JSON.createArrayNode();
        for (Problem p : problems) {
            err.println(p.toText(locale()));
            ObjectNode e = errors.addObject();
            e.put("file", p.file());
            if (p.line() > 0) {
                e.put("line", p.line());
            } else {
                e.putNull("line");
            }
            e.put("field", p.field().isEmpty() ? null : p.field());
            e.put("message", p.message(locale()));
        }
        if (format == OutputFormat.JSON) {
            ObjectNode root = JSON.createObjectNode();
            root.set("errors", errors);
            printJson(root);
        }
        err.flush();
        return INVALID;
    }

    /** A usage error that is not about a file (an unknown code or category): one line, exit 2. */
    int usage(String message) {
        spec.commandLine().getErr().println("zhonghe: " + message);
        if (format == OutputFormat.JSON) {
            ObjectNode root = JSON.createObjectNode();
            root.putArray("errors").addObject().put("message", message);
            printJson(root);
        }
        return INVALID;
    }

    void printJson(JsonNode node) {
        try {
            out().println(JSON.writeValueAsString(node));
            out().flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What writes one JSON document to a generator. */
    interface JsonWriting {
        void to(JsonGenerator out) throws IOException;
    }

    /** Prints a JSON document as it is written, laid out as {@link #printJson(JsonNode)} lays out a tree. */
    void printJson(JsonWriting document) {
        try (JsonGenerator out = JSON.writer().createGenerator(out())) {
            out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            document.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out().println();
        out().flush();
    }

    /** Prints rows of CSV (RFC 4180, first row the header). */
    void printCsv(List<List<?>> rows) {
        try {
            CSVPrinter printer = new CSVPrinter(out(), CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
