/**
 * Multi-entity ledgers (docs/batch.md): many entities evaluated at once by the core rules.
 *
 * <p>Emission rows are parsed from bytes once, on all cores, and summed per entity and per
 * <em>group</em> (gas as written, scope, biogenic) in fixed-point {@code long}s of 10⁻⁹ t that
 * fail over to {@link java.math.BigDecimal} on overflow or on finer amounts, so sums are exact.
 * Each entity is then evaluated by {@link org.zhonghe.rules.ClaimEvaluator} on a small
 * assessment that holds one emission per group, one removal per group of identical removal
 * fields, and its credits in file order: the rules decide every reason and the verdict, and since
 * {@code Σ(mᵢ)·w = Σ(mᵢ·w)} exactly, the totals equal those of {@code check} on the full ledger.
 * Memory grows with entities and groups, not with emission records.
 */
package org.zhonghe.batch;
