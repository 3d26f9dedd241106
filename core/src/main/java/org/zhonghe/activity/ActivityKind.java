package org.zhonghe.activity;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhonghe.assessment.Scope;

/** What an activity is: the kinds of activity data an inventory is computed from. */
public enum ActivityKind {
    /** Fuel burned in a stationary source (IPCC 2006 Vol. 2 Ch. 2); Scope 1 by default. */
    FUEL_COMBUSTION("fuel-combustion", Scope.ONE),
    /** Electricity bought (Scope 2). */ ELECTRICITY("electricity", Scope.TWO),
    /** Heat bought (Scope 2). */ HEAT("heat", Scope.TWO),
    /** Steam bought (Scope 2). */ STEAM("steam", Scope.TWO),
    /** Cooling bought (Scope 2). */ COOLING("cooling", Scope.TWO),
    /** A refrigerant or other gas leaked: its mass is the emission (Scope 1). */
    REFRIGERANT_LEAK("refrigerant-leak", Scope.ONE),
    /** An industrial process with an emission factor per unit of product or input (Scope 1). */
    PROCESS("process", Scope.ONE);

    private final String id;
    private final Scope defaultScope;

    ActivityKind(String id, Scope defaultScope) {
        this.id = id;
        this.defaultScope = defaultScope;
    }

    public String id() {
        return id;
    }

    /** The scope when the activity states none. */
    public Scope defaultScope() {
        return defaultScope;
    }

    /** Energy bought from others: computed both location- and market-based (GHG Protocol Scope 2 Guidance). */
    public boolean isPurchasedEnergy() {
        return this == ELECTRICITY || this == HEAT || this == STEAM || this == COOLING;
    }

    public static Optional<ActivityKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(ActivityKind::id).collect(Collectors.joining("|"));
    }
}
