package org.zhonghe;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Baseline;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.Boundary;
import org.zhonghe.assessment.Claim;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Entity;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.assessment.HistoryYear;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.OtherEffect;
import org.zhonghe.assessment.OtherEffects;
import org.zhonghe.assessment.Period;
import org.zhonghe.assessment.Plan;
import org.zhonghe.assessment.Reduction;
import org.zhonghe.assessment.Removal;
import org.zhonghe.assessment.RemovalKind;
import org.zhonghe.assessment.Scope;

/**
 * Test builder in the domain's words:
 * {@code Assessments.org("acme").emit("CO2", "1200.5 t", 1).remove("afforestation", "120 t").build()}.
 * Amounts are written as "NUMBER UNIT". Records get ids e1, r1, c1 … in order unless named.
 */
public final class Assessments {
    private Entity entity;
    private Period period = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    private Boundary boundary = Boundary.ALL_SCOPES;
    private Claim claim = new Claim(Concept.CARBON_NEUTRALITY, "ipcc", Metric.AR5_GWP100, null);
    private Baseline baseline;
    private Plan plan;
    private final List<Emission> emissions = new ArrayList<>();
    private final List<Removal> removals = new ArrayList<>();
    private final List<Credit> credits = new ArrayList<>();
    private final List<Reduction> reductions = new ArrayList<>();
    private final List<HistoryYear> history = new ArrayList<>();
    private OtherEffects otherEffects = OtherEffects.NOT_ASSESSED;

    private Assessments(String id, EntityType type) {
        this.entity = new Entity(id, null, type);
    }

    public static Assessments org(String id) {
        return new Assessments(id, EntityType.ORGANIZATION);
    }

    public static Assessments of(String id, EntityType type) {
        return new Assessments(id, type);
    }

    public Assessments claim(Concept c) {
        claim = claim.withConcept(c);
        return this;
    }

    public Assessments profile(String id) {
        claim = claim.withProfile(id);
        return this;
    }

    public Assessments metric(Metric m) {
        claim = claim.withMetric(m);
        return this;
    }

    public Assessments claimedOn(String date) {
        claim = new Claim(claim.concept(), claim.profile(), claim.metric(), LocalDate.parse(date), claim.firstPeriod());
        return this;
    }

    /** Whether the period is the first for which carbon neutrality is declared ({@code claim.firstPeriod}). */
    public Assessments firstPeriod(boolean first) {
        claim = new Claim(claim.concept(), claim.profile(), claim.metric(), claim.date(), first);
        return this;
    }

    public Assessments period(String from, String to) {
        period = new Period(LocalDate.parse(from), LocalDate.parse(to));
        return this;
    }

    public Assessments scopes(Integer... scopes) {
        Set<Scope> s = EnumSet.noneOf(Scope.class);
        for (int n : scopes) s.add(Scope.of(n).orElseThrow());
        boundary = new Boundary(s, null, null);
        return this;
    }

    public Assessments scope3Excluded(String why) {
        boundary = new Boundary(boundary.scopes(), null, why);
        return this;
    }

    public Assessments baseline(int year, String tonnes, String sector) {
        baseline = new Baseline(year, new BigDecimal(tonnes), sector);
        return this;
    }

    /** A baseline split by scope: Scopes 1 and 2, and Scope 3, t CO2e; its total is their sum. */
    public Assessments baselineByScope(int year, String scope1and2, String scope3, String sector) {
        BigDecimal direct = new BigDecimal(scope1and2);
        BigDecimal chain = new BigDecimal(scope3);
        baseline = new Baseline(year, direct.add(chain), sector, direct, chain);
        return this;
    }

    /** The baseline's Scope 1 part (t CO2e), after {@link #baselineByScope}. */
    public Assessments baselineScope1(String scope1) {
        baseline = new Baseline(baseline.year(), baseline.emissions(), baseline.sector(), baseline.scope1and2(),
                baseline.scope3(), new BigDecimal(scope1));
        return this;
    }

    public Assessments plan(Plan p) {
        plan = p;
        return this;
    }

    public Assessments emit(String gas, String amount, int scope) {
        return emission("e" + (emissions.size() + 1), gas, amount, scope, false);
    }

    public Assessments emitBiogenic(String amount) {
        return emission("e" + (emissions.size() + 1), "CO2", amount, 1, true);
    }

    public Assessments emission(String id, String gas, String amount, int scope, boolean biogenic) {
        Amount a = Amount.parse(amount);
        emissions.add(new Emission(id, gas, a.value, a.unit, Scope.of(scope).orElseThrow(), biogenic, null, Origin.NONE));
        return this;
    }

    /**
     * A managed, durable (100 years), incremental, in-boundary removal of the kind; a
     * negative-emission technology declares no lifecycle emissions (0).
     */
    public Assessments remove(String kind, String amount) {
        boolean net = RemovalKind.fromId(kind).orElseThrow().isNegativeEmissionTechnology();
        return removal(kind, amount, true, Basis.INCREMENT, 100, net ? "0" : null, true);
    }

    public Assessments removal(String kind, String amount, Boolean managed, Basis basis, Integer durabilityYears,
                               String lifecycleEmissions, boolean inBoundary) {
        Amount a = Amount.parse(amount);
        removals.add(new Removal("r" + (removals.size() + 1), RemovalKind.fromId(kind).orElseThrow(), a.value, a.unit,
                managed, basis, durabilityYears,
                lifecycleEmissions == null ? BigDecimal.ZERO : new BigDecimal(lifecycleEmissions),
                lifecycleEmissions != null, inBoundary, Origin.NONE));
        return this;
    }

    /** A retired avoidance credit for this entity, vintage 2023, from CCER. */
    public Assessments offset(String serial, String amount) {
        return credit(c -> c.serial(serial).amount(amount));
    }

    public Assessments credit(java.util.function.UnaryOperator<CreditSpec> spec) {
        CreditSpec s = spec.apply(new CreditSpec("c" + (credits.size() + 1), entity.id()));
        credits.add(s.build());
        return this;
    }

    public Assessments reduce(String measure, String amount) {
        Amount a = Amount.parse(amount);
        reductions.add(new Reduction("d" + (reductions.size() + 1), measure, a.value, a.unit, Origin.NONE));
        return this;
    }

    public Assessments history(int year, String tonnes) {
        history.add(new HistoryYear(year, new BigDecimal(tonnes), Origin.NONE));
        return this;
    }

    public Assessments otherEffects(boolean assessed, String... amounts) {
        List<OtherEffect> items = new ArrayList<>();
        for (String s : amounts) {
            Amount a = Amount.parse(s);
            items.add(new OtherEffect("o" + (items.size() + 1), "albedo", a.value, a.unit, Origin.NONE));
        }
        otherEffects = new OtherEffects(assessed, items);
        return this;
    }

    public Assessment build() {
        return new Assessment(entity, period, boundary, claim, baseline, plan, emissions, removals, credits,
                reductions, history, otherEffects);
    }

    /** A credit under construction; every field has a valid default. */
    public static final class CreditSpec {
        private final String id;
        private String registry = "CCER";
        private String serial;
        private CreditType type = CreditType.AVOIDANCE;
        private RemovalKind kind;
        private Integer durabilityYears;
        private int vintage = 2023;
        private Amount amount = Amount.parse("100 t");
        private boolean retired = true;
        private String beneficiary;
        private LocalDate retiredOn;
        private boolean ownBoundary;
        private boolean verified;
        private boolean etsCovered;
        private String hostCountry;

        CreditSpec(String id, String beneficiary) {
            this.id = id;
            this.serial = "SER-" + id;
            this.beneficiary = beneficiary;
        }

        public CreditSpec registry(String r) { registry = r; return this; }
        public CreditSpec serial(String s) { serial = s; return this; }
        public CreditSpec type(CreditType t) { type = t; return this; }
        public CreditSpec kind(String k) { kind = RemovalKind.fromId(k).orElseThrow(); return this; }
        public CreditSpec durabilityYears(Integer y) { durabilityYears = y; return this; }
        public CreditSpec vintage(int v) { vintage = v; return this; }
        public CreditSpec amount(String a) { amount = Amount.parse(a); return this; }
        public CreditSpec notRetired() { retired = false; return this; }
        public CreditSpec beneficiary(String b) { beneficiary = b; return this; }
        public CreditSpec retiredOn(String d) { retiredOn = LocalDate.parse(d); return this; }
        public CreditSpec ownBoundary() { ownBoundary = true; return this; }
        public CreditSpec verified() { verified = true; return this; }
        public CreditSpec etsCovered() { etsCovered = true; return this; }
        public CreditSpec hostCountry(String c) { hostCountry = c; return this; }

        Credit build() {
            return new Credit(id, registry, serial, type, kind, durabilityYears, vintage, amount.value, amount.unit, retired,
                    beneficiary, retiredOn, ownBoundary, false, verified, etsCovered, hostCountry, Origin.NONE);
        }
    }

    private record Amount(BigDecimal value, MassUnit unit) {
        static Amount parse(String s) {
            String[] parts = s.trim().split("\\s+");
            return new Amount(new BigDecimal(parts[0]), MassUnit.fromSymbol(parts[1]).orElseThrow());
        }
    }
}
