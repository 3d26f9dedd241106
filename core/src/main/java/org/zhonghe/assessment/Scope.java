package org.zhonghe.assessment;

import java.util.Optional;

/**
 * GHG Protocol scopes (§4.2): 1 direct emissions within the boundary; 2 indirect emissions from
 * purchased electricity, steam, heat and cooling; 3 other indirect emissions up and down the
 * value chain.
 */
public enum Scope {
    ONE(1), TWO(2), THREE(3);

    private final int number;

    Scope(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Optional<Scope> of(int number) {
        return switch (number) {
            case 1 -> Optional.of(ONE);
            case 2 -> Optional.of(TWO);
            case 3 -> Optional.of(THREE);
            default -> Optional.empty();
        };
    }
}
