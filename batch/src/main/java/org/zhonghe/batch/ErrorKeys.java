package org.zhonghe.batch;

/**
 * The message keys of the batch ledger's own errors ({@link LedgerError#key()}), told in both
 * bundles of {@link org.zhonghe.Messages} as {@code batch.error.*}. Errors found by the core's
 * record checks keep their {@code problem.*} keys.
 */
public final class ErrorKeys {
    private ErrorKeys() {}

    /** The cell is empty. */
    public static final String REQUIRED = "batch.error.required";
    /** Not a decimal number. */
    public static final String NOT_DECIMAL = "batch.error.notDecimal";
    /** {0}: the most digits an amount may have (DecimalText.MAX_DIGITS). */
    public static final String TOO_MANY_DIGITS = "batch.error.tooManyDigits";
    /** Not a whole number. */
    public static final String NOT_WHOLE = "batch.error.notWhole";
    /** A negative amount. */
    public static final String NEGATIVE = "batch.error.negative";
    /** Neither true nor false. */
    public static final String NOT_BOOLEAN = "batch.error.notBoolean";
    /** Not a date. */
    public static final String NOT_DATE = "batch.error.notDate";
    /** {0}: the values allowed. */
    public static final String ONE_OF = "batch.error.oneOf";
    /** {0}: the file that declares entities. */
    public static final String UNDECLARED = "batch.error.undeclared";
    /** An entity declared on two rows. */
    public static final String DECLARED_TWICE = "batch.error.declaredTwice";
    /** Not an entity id. */
    public static final String NOT_ENTITY_ID = "batch.error.notEntityId";
    /** {0}: the cells of the row; {1}: the columns of the header. */
    public static final String CELLS = "batch.error.cells";
    /** A quote that is not closed on its line. */
    public static final String UNCLOSED_QUOTE = "batch.error.unclosedQuote";
    /** A required file is missing. */
    public static final String MISSING = "batch.error.missing";
    /** {0}: the directory a required file is missing from. */
    public static final String MISSING_FROM = "batch.error.missingFrom";
    /** A removal's basis that is neither increment nor stock. */
    public static final String NOT_BASIS = "batch.error.notBasis";
    /** A scope that is not 1, 2 or 3. */
    public static final String NOT_SCOPE = "batch.error.notScope";
    /** An entity's boundary that is not written as 1|2|3 or none. */
    public static final String NOT_SCOPES = "batch.error.notScopes";
    /** {0}: the start of the period the end is before. */
    public static final String BEFORE_FROM = "batch.error.beforeFrom";
    /** {0}: the file; {1}: its fields. */
    public static final String NOT_A_FIELD = "batch.error.notAField";
    /** A column named twice in the header. */
    public static final String REPEATED = "batch.error.repeated";
    /** {0}: the header's names as written. */
    public static final String MISSING_COLUMN = "batch.error.missingColumn";
}
