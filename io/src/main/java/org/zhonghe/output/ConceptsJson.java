package org.zhonghe.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.zhonghe.Concept;
import org.zhonghe.Messages;

/**
 * The concept catalogue as JSON ({@code zhonghe concepts --format json}, {@code GET /api/v1/concepts}):
 * the six concepts of Table 3 and the related terms, texts in zh and en.
 */
public final class ConceptsJson {
    /**
     * The related terms of the catalogue, in the order they are told; the last three are Zhonghe's
     * own words (removal, profile, metric), the one glossary that CLI, web UI and report use.
     */
    public static final List<String> TERMS = List.of("sink", "cdr", "uptake", "reduction", "offsetting", "net", "scopes",
            "precursor", "removal", "profile", "metric");
    private static final Messages EN = Messages.of(Locale.ENGLISH);
    private static final Messages ZH = Messages.of(Locale.CHINESE);

    private ConceptsJson() {}

    /** The six concepts: id, name, definition, gases, reach, credits, other effects, defined globally, source. */
    public static ArrayNode concepts() {
        ArrayNode out = ResultJson.mapper().createArrayNode();
        for (Concept c : Concept.values()) {
            ObjectNode n = out.addObject();
            String k = "concept." + c.id();
            n.put("id", c.id());
            bilingual(n.putObject("name"), k + ".name");
            bilingual(n.putObject("definition"), k + ".definition");
            n.put("gases", c.gases().name());
            n.put("reach", c.reach().name());
            n.put("creditsAdmitted", c.creditsAdmitted());
            n.put("otherEffectsCounted", c.otherEffectsCounted());
            n.put("definedGlobally", c.isDefinedGlobally());
            n.put("source", c.source());
        }
        return out;
    }

    /** The whole catalogue: the common core, the two senses of 碳中和, the concepts and the related terms. */
    public static ObjectNode catalogue() {
        ObjectNode root = ResultJson.mapper().createObjectNode();
        bilingual(root.putObject("common"), "concept.common");
        bilingual(root.putObject("senses"), "concept.senses");
        root.set("concepts", concepts());
        ArrayNode terms = root.putArray("terms");
        for (String t : TERMS) {
            ObjectNode n = terms.addObject();
            String k = "term." + t;
            n.put("id", t);
            bilingual(n.putObject("name"), k + ".name");
            bilingual(n.putObject("definition"), k + ".definition");
            bilingual(n.putObject("source"), k + ".source");
        }
        return root;
    }

    private static void bilingual(ObjectNode n, String key) {
        n.put("zh", ZH.get(key));
        n.put("en", EN.get(key));
    }
}
