package org.zhonghe.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.zhonghe.Messages;
import org.zhonghe.rules.Profile;
import org.zhonghe.rules.ProfileInfo;
import org.zhonghe.profiles.Profiles;

/** Every rule profile as JSON ({@code zhonghe profiles --format json}, {@code GET /api/v1/profiles}), texts in zh and en. */
public final class ProfilesJson {
    private ProfilesJson() {}

    public static ObjectNode all() {
        Messages en = Messages.of(Locale.ENGLISH);
        Messages zh = Messages.of(Locale.CHINESE);
        ObjectNode root = ResultJson.mapper().createObjectNode();
        ArrayNode list = root.putArray("profiles");
        for (Profile p : Profiles.all()) {
            ProfileInfo i = p.info();
            ObjectNode n = list.addObject();
            n.put("id", p.id());
            n.put("standard", i.standard());
            n.putObject("name").put("zh", zh.get("profile." + p.id() + ".name")).put("en", en.get("profile." + p.id() + ".name"));
            n.put("status", i.status().name());
            n.put("effectiveFrom", i.effectiveFrom() == null ? null : i.effectiveFrom().toString());
            n.put("lastClaimDate", i.lastClaimDate() == null ? null : i.lastClaimDate().toString());
            n.put("indicative", i.indicative());
            if (i.indicative()) {
                n.putObject("indicativeNote").put("zh", zh.get("profile.indicative.note", i.standard()))
                        .put("en", en.get("profile.indicative.note", i.standard()));
            }
            n.putObject("summary").put("zh", zh.get("profile." + p.id() + ".summary")).put("en", en.get("profile." + p.id() + ".summary"));
            ArrayNode rules = n.putArray("rules");
            for (ProfileInfo.RuleInfo r : i.rules()) {
                ObjectNode rn = rules.addObject();
                rn.put("name", r.name());
                r.codes().forEach(rn.putArray("codes")::add);
                rn.put("clause", r.clause());
                rn.put("verification", r.verification().name());
                rn.putObject("verificationText").put("zh", zh.get("verification." + r.verification()))
                        .put("en", en.get("verification." + r.verification()));
                if (r.words() != null) {
                    rn.put("words", r.words());
                    rn.put("paraphrase", r.paraphrase());
                }
                String key = "profile." + p.id() + ".rule." + r.name();
                rn.putObject("text").put("zh", zh.get(key)).put("en", en.get(key));
            }
        }
        return root;
    }
}
