package org.zhonghe.assessment;

import java.util.Optional;

/**
 * GHG Protocol scopes (§4.2): 1 direct emissions within the boundary; 2 indirect emissions from
 * purchased electricity, steam, heat and cooling; 3 other indirect emissions up and down the
 * value chain.
 */
public enum Scope {
    ONE(1), TWO(2), THREE(3);

    /** {@link #of}'s answers, made once (it is asked for every record of a million-entity ledger). */
    private static final Optional<Scope> SOME_ONE = Optional.of(ONE);
    private static final Optional<Scope> SOME_TWO = Optional.of(TWO);
    private static final Optional<Scope> SOME_THREE = Optional.of(THREE);

    private final int number;

    Scope(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Optional<Scope> of(int number) {
        return switch (number) {
            case 1 -> SOME_ONE;
            case 2 -> SOME_TWO;
            case 3 -> SOME_THREE;
            default -> Optional.empty();
        };
    }
}
