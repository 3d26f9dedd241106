/**
 * Reading assessments (assessment-format.md): YAML through snakeyaml-engine's compose step and
 * JSON through jackson-core's streaming parser, both into one small tree with lines, then one
 * binder to the core model; CSV ledgers beside the file, or sheets of an XLSX workbook there
 * (Apache POI, cells as a spreadsheet shows them: {@link org.zhonghe.io.CellText}). Bad input is a list of
 * {@link org.zhonghe.assessment.Problem}s with file, line and field, told by {@link
 * org.zhonghe.io.ProblemText} in Chinese or English. Entry point: {@link
 * org.zhonghe.io.AssessmentReader}.
 */
package org.zhonghe.io;
