/**
 * One check of one assessment, as every front end runs it (command line, REST API, web UI):
 * read, apply the caller's overrides, validate against the rule tables, evaluate.
 */
package org.zhonghe.check;
