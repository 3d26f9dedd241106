package org.zhonghe.output;

import java.util.function.BiConsumer;
import org.zhonghe.assessment.Emission;
import org.zhonghe.rules.RecordResult;

/**
 * Emission records too many to hold (a large ledger), judged as they stream by; the writers
 * list them first, before the records of the claimed evaluation, as the in-memory result lists
 * emissions first. Each call of {@link #forEach} reads the ledger again.
 */
public interface StreamedRecords {

    /** How many records there are. */
    long size();

    /** How many of them are not counted (excluded). */
    long notCounted();

    /** Each record and its result, in file order. */
    void forEach(BiConsumer<Emission, RecordResult> each);
}
