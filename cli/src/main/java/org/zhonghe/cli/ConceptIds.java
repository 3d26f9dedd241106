package org.zhonghe.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.zhonghe.Concept;

/** The concept ids a {@code --concept} option takes, for picocli's {@code ${COMPLETION-CANDIDATES}} in help. */
final class ConceptIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(Concept.values()).map(Concept::id).iterator();
    }
}
