package org.zhonghe.batch;

import org.zhonghe.assessment.Problem;

/**
 * The problem codes ({@link org.zhonghe.assessment.Problem#key()}) the batch ledger reports
 * itself, with their arguments. They are the codes every reader uses (a decimal, a date, a
 * unit … is wrong in the same words in {@code check} and in {@code batch}); the few that only a
 * batch ledger can have start with {@code batch.}. Each has its message {@code problem.CODE} in
 * both languages ({@code org/zhonghe/problems_*.properties}).
 */
public final class ErrorKeys {
    private ErrorKeys() {}

    /** {0}: the field. */
    public static final String REQUIRED = "field.required";
    /** {0}: the value. */
    public static final String NOT_BOOLEAN = "boolean";
    /** {0}: the value; {1}: the values allowed. */
    public static final String UNKNOWN_UNIT = "unit.unknown";
    /** {0}: the value; {1}: the values allowed. */
    public static final String UNKNOWN_CREDIT_TYPE = "creditType.unknown";
    /** {0}: the value; {1}: the values allowed. */
    public static final String UNKNOWN_REMOVAL_KIND = "removalKind.unknown";
    /** {0}: the value; {1}: the values allowed. */
    public static final String UNKNOWN_ENTITY_TYPE = "entity.type";
    /** {0}: the value; {1}: the values allowed. */
    public static final String UNKNOWN_CONCEPT = "concept.unknown";
    /** {0}: the value; {1}: the values allowed. */
    public static final String UNKNOWN_PROFILE = "profile.unknown";
    /** {0}: the value; {1}: the values allowed. */
    public static final String UNKNOWN_METRIC = "metric.unknown";
    /** {0}: the value. */
    public static final String UNKNOWN_SCOPE = "scope.unknown";
    /** {0}: the value; {1}: the values allowed. */
    public static final String UNKNOWN_BASIS = "basis.unknown";
    /** {0}: the value. */
    public static final String NOT_DATE = "date";
    /** {0}: the start of the period; {1}: its end. */
    public static final String PERIOD_ORDER = "period.order";
    /** {0}: the value. */
    public static final String NOT_ENTITY_ID = "entity.id";
    /** {0}: the cells of the row; {1}: the columns of the header. */
    public static final String CELLS = "csv.cells";
    /** {0}: the column. */
    public static final String REPEATED = "csv.headerRepeated";
    /** {0}: the column; {1}: the fields of the file. */
    public static final String NOT_A_FIELD = "field.unknown";
    /** {0}: the entity; {1}: the file that declares entities. */
    public static final String UNDECLARED = "batch.undeclared";
    /** {0}: the entity. */
    public static final String DECLARED_TWICE = "batch.declaredTwice";
    /** A quote that is not closed on its line. */
    public static final String UNCLOSED_QUOTE = "batch.unclosedQuote";
    /** {0}: the file. */
    public static final String MISSING = "batch.missing";
    /** {0}: the ledger file in CSV; {1}: the same file in Parquet (zhonghe spark reads one of them). */
    public static final String TWO_FORMATS = "batch.twoFormats";
    /** {0}: the column of a Parquet file; {1}: its type (SQL), which no cell reader takes (FLOAT, DOUBLE …). */
    public static final String COLUMN_TYPE = "batch.columnType";
    /** {0}: the file; {1}: the directory it is missing from. */
    public static final String MISSING_FROM = "batch.missingFrom";
    /** {0}: the column; {1}: the header's names as written. */
    public static final String MISSING_COLUMN = "batch.missingColumn";
    /** {0}: the set named; {1}: the built-in sets. */
    public static final String UNKNOWN_FACTOR_SET = "batch.factorSet.unknown";
    /** {0}: a user's factor-set file named; {1}: the directory it is not in. */
    public static final String FACTOR_SET_NOT_FOUND = "batch.factorSet.notFound";
    /** {0}: a user's factor-set file whose own errors are listed under its name. */
    public static final String FACTOR_SET_HAS_ERRORS = "batch.factorSet.hasErrors";
}
