package org.zhonghe.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhonghe.GwpTable;
import org.zhonghe.Messages;
import org.zhonghe.assessment.Credit;
import org.zhonghe.check.ClaimCheck;
import org.zhonghe.check.Outcome;
import org.zhonghe.check.Overrides;
import org.zhonghe.io.AssessmentFile;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.io.ReadResult;
import org.zhonghe.io.Syntax;
import org.zhonghe.output.ResultJson;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.Section;

/** What the server does around the store, for the store's tests: read and check before storing, read before evaluating. */
final class Checking {
    private static final AssessmentReader READER = new AssessmentReader();

    private Checking() {}

    record Evaluated(Evaluations.Stored stored, Outcome.Checked outcome) {}

    static CheckedAssessment checked(AssessmentFile file) {
        Outcome o = new ClaimCheck(ClaimEvaluator.standard()).run(file.read(READER), Overrides.NONE);
        if (o instanceof Outcome.Invalid bad) throw new IllegalArgumentException("test input does not check: " + bad.problems());
        return new CheckedAssessment(new StoredParts(file.syntax().name(), file.document(), file.ledgers()),
                ((Outcome.Checked) o).assessment());
    }

    static CheckedAssessment checked(StoredParts parts) {
        return checked(new AssessmentFile(Syntax.valueOf(parts.syntax()), parts.document(), parts.ledgers()));
    }

    static Evaluated evaluate(Store store, Principal p, long id, Overrides overrides) {
        return evaluate(store, p, id, overrides, org.zhonghe.rules.RegistryFacts.NONE);
    }

    /** As the server evaluates with registry data in the store: the facts settle a conflict, then judge the credits. */
    static Evaluated evaluate(Store store, Principal p, long id, Overrides overrides, org.zhonghe.rules.RegistryFacts facts) {
        Assessments.Version v = store.assessments().version(p, id, null);
        ReadResult read = new AssessmentFile(Syntax.valueOf(v.parts().syntax()), v.parts().document(), v.parts().ledgers()).read(READER);
        Outcome.Checked[] outcome = new Outcome.Checked[1];
        String hash = v.parts().hash(overrides.concept() + "|" + overrides.profile() + "|" + overrides.metric());
        Evaluations.Stored stored = store.evaluations().evaluate(p, id, v.version(), read.assessment().entity(),
                read.assessment().credits(), facts, hash, elsewhere -> {
            outcome[0] = (Outcome.Checked) new ClaimCheck(new ClaimEvaluator(GwpTable.bundled(), elsewhere, facts)).run(read, overrides);
            List<Credit> counted = new ArrayList<>();
            for (RecordResult r : outcome[0].result().claimed().records()) {
                if (r.section() != Section.CREDITS || !r.isCounted()) continue;
                outcome[0].assessment().credits().stream().filter(c -> c.id().equals(r.id())).findFirst().ifPresent(counted::add);
            }
            String result = Assessments.text(ResultJson.of(outcome[0].assessment(), outcome[0].result(), Messages.of(Locale.ENGLISH)));
            return new Evaluations.Evaluation(outcome[0].result().verdict().name(), result, counted);
        });
        return new Evaluated(stored, outcome[0]);
    }
}
