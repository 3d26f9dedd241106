/**
 * The one schema of an assessment's ledgers: for each section its fields, which are required,
 * their defaults, and the reading of one cell's text into a value or a problem. Pure (no I/O):
 * io's YAML, JSON, CSV and XLSX readers, the batch ledger and Spark find the cells and hand them
 * here with their file and line, so that they cannot disagree on a row (docs/ledger-schema.md).
 */
package org.zhonghe.ledger;
