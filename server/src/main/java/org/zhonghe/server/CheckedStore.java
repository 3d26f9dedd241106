package org.zhonghe.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
import org.zhonghe.rules.RegistryFacts;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.Section;
import org.zhonghe.store.Assessments;
import org.zhonghe.store.CheckedAssessment;
import org.zhonghe.store.Evaluations;
import org.zhonghe.store.Principal;
import org.zhonghe.store.Store;
import org.zhonghe.store.StoredParts;

/**
 * The store fed with what {@code io} read from memory and core checked: an upload is read and
 * checked as {@code zhonghe check} does before the store sees it, and a stored version is read
 * before the evaluation's transaction, in which only the evaluation against the locked credits
 * runs. Nothing is written to disk but the database.
 */
final class CheckedStore {
    private final Store store;
    private static final AssessmentReader READER = new AssessmentReader();
    private static final ClaimCheck CHECK = new ClaimCheck(ClaimEvaluator.standard());
    private final GwpTable gwp = GwpTable.bundled();

    private final StoreRegistryFacts registry;

    CheckedStore(Store store) {
        this.store = Objects.requireNonNull(store, "store");
        this.registry = new StoreRegistryFacts(store);
    }

    /** A fresh evaluation: what was stored, and the outcome to render in the caller's language. */
    record Evaluated(Evaluations.Stored stored, Outcome.Checked outcome) {}

    Assessments.Summary importFile(Principal p, AssessmentFile file) {
        return store.assessments().importFile(p, checked(file));
    }

    Assessments.Summary update(Principal p, long id, AssessmentFile file) {
        return store.assessments().update(p, id, checked(file));
    }

    /** Evaluates the latest version of an assessment against the credit ledger and stores the evaluation. */
    Evaluated evaluate(Principal p, long id, Overrides overrides) {
        Assessments.Version v = store.assessments().version(p, id, null);
        ReadResult read = file(v.parts()).read(READER);
        if (!read.isValid() && CHECK.run(read, overrides) instanceof Outcome.Invalid bad) throw new InvalidInput(bad.problems());
        String hash = v.parts().hash(overrides.concept() + "|" + overrides.profile() + "|" + overrides.metric());
        Outcome.Checked[] outcome = new Outcome.Checked[1];
        RegistryFacts facts = registry.of(read);
        // the registry data settle a conflict over a credit where they can (docs/credit-ledger.md), then judge it
        Evaluations.Stored stored = store.evaluations().evaluate(p, id, v.version(), read.assessment().entity(),
                read.assessment().credits(), facts, hash, elsewhere -> {
                    Outcome o = new ClaimCheck(new ClaimEvaluator(gwp, elsewhere, facts)).run(read, overrides);
                    if (o instanceof Outcome.Invalid bad) throw new InvalidInput(bad.problems());
                    outcome[0] = (Outcome.Checked) o;
                    return evaluation(outcome[0]);
                });
        return new Evaluated(stored, outcome[0]);
    }

    /** The bundled examples that check, to seed the demo tenant (an example of invalid input is no ledger). */
    static List<CheckedAssessment> examples(List<AssessmentFile> files) {
        List<CheckedAssessment> out = new ArrayList<>();
        for (AssessmentFile f : files) {
            try {
                out.add(checked(f));
            } catch (InvalidInput skipped) {
                // it shows the errors
            }
        }
        return out;
    }

    /** The parts read and checked as {@code zhonghe check} reads them: every problem, or the assessment with its parts. */
    static CheckedAssessment checked(AssessmentFile file) {
        Outcome o = CHECK.run(file.read(READER), Overrides.NONE);
        if (o instanceof Outcome.Invalid bad) throw new InvalidInput(bad.problems());
        return new CheckedAssessment(parts(file), ((Outcome.Checked) o).assessment());
    }

    static StoredParts parts(AssessmentFile file) {
        return new StoredParts(file.syntax().name(), file.document(), file.ledgers());
    }

    static AssessmentFile file(StoredParts parts) {
        return new AssessmentFile(Syntax.valueOf(parts.syntax()), parts.document(), parts.ledgers());
    }

    private static Evaluations.Evaluation evaluation(Outcome.Checked ok) {
        String result = Json.write(ResultJson.of(ok.assessment(), ok.result(), Messages.of(Locale.ENGLISH)));
        List<Credit> counted = new ArrayList<>();
        for (RecordResult r : ok.result().claimed().records()) {
            if (r.section() != Section.CREDITS || !r.isCounted()) continue;
            ok.assessment().credits().stream().filter(c -> c.id().equals(r.id())).findFirst().ifPresent(counted::add);
        }
        return new Evaluations.Evaluation(ok.result().verdict().name(), result, counted);
    }
}
