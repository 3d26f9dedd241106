/**
 * The assessment: an entity, its period and boundary, the claim it makes, and its ledgers of
 * emissions, removals, credits, reductions and other climate effects (assessment-format.md).
 * Values only: reading files is the io module's job. Amounts are kept as written, with their
 * unit; the rules convert them to tonnes.
 */
package org.zhonghe.assessment;
