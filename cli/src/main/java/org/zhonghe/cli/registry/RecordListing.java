package org.zhonghe.cli.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import org.zhonghe.cli.OutputFormat;
import org.zhonghe.output.ResultJson;
import org.zhonghe.registry.RegistryMessages;
import org.zhonghe.registry.json.RecordJson;
import org.zhonghe.registry.RegistryRecord;

/** The registry records a look-up found, as JSON (a list) or text (each record, or {@code none}). */
final class RecordListing {
    private RecordListing() {}

    /** Prints the records; the exit status is 0 when something was found, 1 when nothing was. */
    static int print(List<RegistryRecord> found, OutputFormat format, RegistryMessages m, PrintWriter out, String none)
            throws JsonProcessingException {
        if (format == OutputFormat.JSON) {
            ArrayNode a = ResultJson.mapper().createArrayNode();
            for (RegistryRecord r : found) a.add(RecordJson.of(r));
            out.println(ResultJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(a));
        } else if (found.isEmpty()) {
            out.println(none);
        } else {
            PrintWriter text = org.zhonghe.output.WrappingWriter.of(out);
            for (RegistryRecord r : found) {
                RecordText.print(r, m, text);
                text.println();
            }
            text.flush();
        }
        out.flush();
        return found.isEmpty() ? 1 : 0;
    }
}
