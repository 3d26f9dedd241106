package org.zhonghe.registry;

import java.util.Objects;

/**
 * A row of an export that repeats another row's retirement (or cancellation, or issuance of a
 * serial block) exactly — same registry, status, serial block and units, quantity, date, account
 * holder, beneficiary, notes and project — as overlapping pages of a download do: it is one
 * retirement, read once ({@code kept}), and the copy is told, not counted (docs/registries.md,
 * "each retirement counted once").
 *
 * @param kept the row read
 * @param copy the row that repeats it
 */
public record DuplicateRow(Source kept, Source copy) {
    public DuplicateRow {
        Objects.requireNonNull(kept, "kept");
        Objects.requireNonNull(copy, "copy");
    }

    /** True when {@code a} and {@code b} state the same facts (their file and line aside). */
    public static boolean same(RegistryRecord a, RegistryRecord b) {
        return a.registry() == b.registry() && a.status() == b.status() && Objects.equals(a.serial(), b.serial())
                && a.tonnes().compareTo(b.tonnes()) == 0 && Objects.equals(a.retiredOn(), b.retiredOn())
                && Objects.equals(a.accountHolder(), b.accountHolder()) && Objects.equals(a.beneficiary(), b.beneficiary())
                && Objects.equals(a.notes(), b.notes()) && Objects.equals(a.projectId(), b.projectId())
                && Objects.equals(a.vintage(), b.vintage());
    }

    @Override
    public String toString() {
        return copy + ": the same row as " + kept;
    }
}
