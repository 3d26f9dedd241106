/**
 * The rules of rules.md §1–§4 and §6: which records count under a concept and profile, why the
 * others do not, the balance, the findings and the verdict, and the concept matrix. Every
 * reason and finding code is a public contract (JSON, API): never rename one.
 */
package org.zhonghe.rules;
