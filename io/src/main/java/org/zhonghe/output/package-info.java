/**
 * Results for people and programs: the JSON of cli.md and an aligned, bilingual text report.
 * Quantities are printed exactly ({@code toPlainString}, no exponent).
 */
package org.zhonghe.output;
