package org.zhonghe.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhonghe.Concept;
import org.zhonghe.MassUnit;
import org.zhonghe.Metric;
import org.zhonghe.activity.ActivityKind;
import org.zhonghe.activity.ActivityUnit;
import org.zhonghe.activity.FactorSets;
import org.zhonghe.activity.Scope2Method;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.assessment.RemovalKind;
import org.zhonghe.assessment.Scope;
import org.zhonghe.profiles.Profiles;

/**
 * The fields of each ledger section (assessment-format.md), in the order of the format: the one
 * table that io's readers (YAML, JSON, CSV, XLSX and the workbook), batch's header checks and the
 * workbook template read. A field is added here, with its reading, and to the record it fills
 * (docs/ledger-schema.md). Checks that need the rules' tables (gases, {@code managed} per kind,
 * unique ids) are {@code ClaimEvaluator#validate}'s. The parts of an assessment that are not
 * ledgers ({@link Entity}, {@link Period}, {@link Boundary}, {@link Claim}, {@link Baseline},
 * {@link Plan}, {@link OtherEffects#ASSESSED}) are here too: io's binder reads them from the
 * assessment file, batch the first four from the columns of {@code entities.csv}. No reader keeps
 * a list of names of its own.
 */
public final class LedgerSchema {
    private LedgerSchema() {}

    /** {@code entity}: who is assessed (in batch, the columns {@code entity}, {@code name}, {@code type}). */
    public static final class Entity {
        /** Letters, digits, {@code .}, {@code _}, {@code -}; batch's column {@code entity}. */
        public static final LedgerField<String> ID = new LedgerField<>("id", true, null, LedgerField.KEY_TEXT,
                CellReaders::entityId);
        public static final LedgerField<String> NAME = LedgerField.prose("name", false);
        /** The type; {@code organisation} is read as {@code organization}. */
        public static final LedgerField<EntityType> TYPE = LedgerField.choice("type", true, null, EntityType::fromId,
                "entity.type", EntityType.ids());
        /** One item of the list {@code aliases} (names a registry may write as the beneficiary). */
        public static final LedgerField<String> ALIAS = LedgerField.prose("aliases", false);
        public static final List<LedgerField<?>> FIELDS = List.of(ID, NAME, TYPE, ALIAS);

        private Entity() {}
    }

    /** {@code period}: the days of the balance, both inclusive; {@code to} not before {@code from} ({@code period.order}). */
    public static final class Period {
        public static final LedgerField<java.time.LocalDate> FROM = LedgerField.date("from", true);
        public static final LedgerField<java.time.LocalDate> TO = LedgerField.date("to", true);
        public static final List<LedgerField<?>> FIELDS = List.of(FROM, TO);

        private Period() {}
    }

    /** {@code boundary}: the scopes inside it and why Scope 3 is left out. */
    public static final class Boundary {
        /**
         * The scopes in one cell, {@code 1|2|3} or {@code none} (batch's column {@code scopes});
         * each part read as {@link #SCOPE}. Default all three.
         */
        public static final LedgerField<Set<Scope>> SCOPES = new LedgerField<>("scopes", false, Set.of(Scope.values()),
                LedgerField.KEY_TEXT, CellReaders::scopes);
        /** One item of the list {@code scopes} of an assessment file, read as an emission's scope. */
        public static final LedgerField<Scope> SCOPE = new LedgerField<>("scopes", false, null, LedgerField.KEY_TEXT,
                CellReaders::scope);
        public static final LedgerField<String> DESCRIPTION = LedgerField.prose("description", false);
        public static final LedgerField<String> SCOPE3_EXCLUSION = LedgerField.prose("scope3Exclusion", false);
        public static final List<LedgerField<?>> FIELDS = List.of(SCOPES, DESCRIPTION, SCOPE3_EXCLUSION);

        private Boundary() {}
    }

    /** {@code claim}: the concept claimed, under which profile and metric, and the activities' factor sets. */
    public static final class Claim {
        public static final LedgerField<Concept> CONCEPT = LedgerField.choice("concept", true, null, Concept::fromId,
                "concept.unknown", Concept.ids());
        /** A profile's id (profiles.md), default {@code ipcc}. */
        public static final LedgerField<String> PROFILE = LedgerField.choice("profile", false,
                org.zhonghe.assessment.Claim.DEFAULT_PROFILE, t -> Profiles.byId(t).map(p -> t), "profile.unknown",
                Profiles.ids());
        public static final LedgerField<Metric> METRIC = LedgerField.choice("metric", false, Metric.DEFAULT, Metric::fromId,
                "metric.unknown", Metric.ids());
        /** When the claim is made; none: the period's end. */
        public static final LedgerField<java.time.LocalDate> DATE = LedgerField.date("date", false);
        /**
         * The emission-factor sets, ids separated by {@code |} or commas, searched in order
         * (default {@code ipcc-2006}); in an assessment file also a list, each item read so.
         * Which ids name a set is the reader's to say (check reads a user's CSV set, batch only
         * built-in ones).
         */
        public static final LedgerField<List<String>> FACTOR_SET = new LedgerField<>("factorSet", false,
                List.of(FactorSets.DEFAULT), LedgerField.KEY_TEXT, CellReaders::ids);
        public static final LedgerField<Scope2Method> SCOPE2_METHOD = LedgerField.choice("scope2Method", false,
                Scope2Method.LOCATION, Scope2Method::fromId, "scope2Method.unknown", "location|market");
        /**
         * Whether the period is the first for which the entity declares carbon neutrality of this
         * subject ({@code true|false}); absent: not stated. Read by {@code pas-2060}: PAS 2060:2014
         * allows a declaration by offsets alone only for the first application period.
         */
        public static final LedgerField<Boolean> FIRST_PERIOD = LedgerField.bool("firstPeriod");
        public static final List<LedgerField<?>> FIELDS = List.of(CONCEPT, PROFILE, METRIC, DATE, FACTOR_SET, SCOPE2_METHOD,
                FIRST_PERIOD);

        private Claim() {}
    }

    /**
     * {@code baseline} (optional): the base-year emissions a reduction is measured against, in the
     * same boundary (profiles.md: {@code sbti-net-zero} requires it, {@code BASELINE_MISSING}).
     */
    public static final class Baseline {
        /** The base year ({@code BASE_YEAR_TOO_EARLY} before 2015 under {@code sbti-net-zero}). */
        public static final LedgerField<Integer> YEAR = LedgerField.integer("year", true, Integer.MIN_VALUE);
        /** t CO2e in the base year, at least 0. */
        public static final LedgerField<BigDecimal> EMISSIONS = LedgerField.decimal("emissions", true, true, null);
        /**
         * A sector pathway, optional prose: {@code flag} (forest, land and agriculture) asks a 72 %
         * reduction instead of 90 % (SBTi Corporate Net-Zero Standard, {@code sbti-net-zero}).
         */
        public static final LedgerField<String> SECTOR = LedgerField.prose("sector", false);
        /**
         * t CO2e of Scopes 1 and 2 in the base year, at least 0; optional, with {@link #SCOPE3}: both
         * or neither, adding up to {@link #EMISSIONS} ({@code baseline.split}). The SBTi measures
         * the long-term cut of Scopes 1 and 2 and that of Scope 3 apart ({@code sbti-net-zero}).
         */
        public static final LedgerField<BigDecimal> SCOPE1AND2 = LedgerField.decimal("scope1and2", false, true, null);
        /** t CO2e of Scope 3 in the base year, at least 0; optional, with {@link #SCOPE1AND2}. */
        public static final LedgerField<BigDecimal> SCOPE3 = LedgerField.decimal("scope3", false, true, null);
        /**
         * t CO2e of Scope 1 in the base year, at least 0 and at most {@link #SCOPE1AND2}; optional,
         * only with the split ({@code baseline.scope1.part}). SBTi CNZS V2.0 sets the target of
         * Scope 1 apart from Scope 2, so {@code sbti-net-zero-v2} measures its cut on its own.
         */
        public static final LedgerField<BigDecimal> SCOPE1 = LedgerField.decimal("scope1", false, true, null);
        public static final List<LedgerField<?>> FIELDS = List.of(YEAR, EMISSIONS, SECTOR, SCOPE1AND2, SCOPE3, SCOPE1);

        private Baseline() {}
    }

    /**
     * {@code plan} (optional): the carbon neutrality management plan (ISO 14068-1:2023 §8; the
     * profile {@code iso-14068-1} asks non-empty targets and a transition, {@code PLAN_MISSING}).
     * {@link #FIELDS} are its cells; the list {@link #REDUCTION_TARGETS} holds {@link Target}s.
     */
    public static final class Plan {
        /** The name of the list of reduction targets, each a record of {@link Target#FIELDS}. */
        public static final String REDUCTION_TARGETS = "reductionTargets";
        /** How the plan moves to removal credits (prose, optional). */
        public static final LedgerField<String> REMOVAL_TRANSITION = LedgerField.prose("removalTransition", false);
        public static final List<LedgerField<?>> FIELDS = List.of(REMOVAL_TRANSITION);
        /** The names the mapping {@code plan} allows, in the order of the format: the list, then the cells. */
        public static final List<String> NAMES = concat(List.of(REDUCTION_TARGETS), names(FIELDS));

        private Plan() {}

        /** One item of {@code plan.reductionTargets}. */
        public static final class Target {
            /** The target year. */
            public static final LedgerField<Integer> YEAR = LedgerField.integer("year", true, Integer.MIN_VALUE);
            /** Percent below the base year's emissions (40 means 40 %), any sign. */
            public static final LedgerField<BigDecimal> REDUCTION_PERCENT = LedgerField.decimal("reductionPercent", true,
                    false, null);
            /** The base year; none: the baseline's. */
            public static final LedgerField<Integer> BASE_YEAR = LedgerField.integer("baseYear", false, Integer.MIN_VALUE);
            public static final List<LedgerField<?>> FIELDS = List.of(YEAR, REDUCTION_PERCENT, BASE_YEAR);

            private Target() {}
        }
    }

    /** {@code emissions}: one greenhouse gas released, in mass of the gas. */
    public static final class Emissions {
        public static final LedgerField<String> ID = LedgerField.text("id", true);
        public static final LedgerField<String> GAS = LedgerField.text("gas", true);
        public static final LedgerField<BigDecimal> AMOUNT = LedgerField.decimal("amount", true, true, null);
        public static final LedgerField<MassUnit> UNIT = unit();
        public static final LedgerField<Scope> SCOPE = new LedgerField<>("scope", false, Scope.ONE, LedgerField.KEY_TEXT,
                CellReaders::scope);
        public static final LedgerField<Boolean> BIOGENIC = LedgerField.flag("biogenic", false);
        public static final LedgerField<String> SOURCE = LedgerField.prose("source", false);
        public static final LedgerField<String> DERIVATION = LedgerField.text("derivation", false);
        public static final List<LedgerField<?>> FIELDS = List.of(ID, GAS, AMOUNT, UNIT, SCOPE, BIOGENIC, SOURCE, DERIVATION);

        private Emissions() {}
    }

    /** {@code removals}: CO2 taken from the atmosphere within the boundary. */
    public static final class Removals {
        public static final LedgerField<String> ID = LedgerField.text("id", true);
        public static final LedgerField<RemovalKind> KIND = LedgerField.choice("kind", true, null, RemovalKind::fromId,
                "removalKind.unknown", RemovalKind.ids());
        public static final LedgerField<BigDecimal> AMOUNT = LedgerField.decimal("amount", true, true, null);
        public static final LedgerField<MassUnit> UNIT = unit();
        public static final LedgerField<Boolean> MANAGED = LedgerField.bool("managed");
        public static final LedgerField<Basis> BASIS = LedgerField.choice("basis", false, Basis.INCREMENT, LedgerSchema::basis,
                "basis.unknown", "increment|stock");
        public static final LedgerField<Integer> DURABILITY_YEARS = LedgerField.integer("durabilityYears", false, 0);
        public static final LedgerField<BigDecimal> LIFECYCLE_EMISSIONS = LedgerField.decimal("lifecycleEmissions", false, true,
                BigDecimal.ZERO);
        public static final LedgerField<Boolean> IN_BOUNDARY = LedgerField.flag("inBoundary", true);
        public static final List<LedgerField<?>> FIELDS = List.of(ID, KIND, AMOUNT, UNIT, MANAGED, BASIS, DURABILITY_YEARS,
                LIFECYCLE_EMISSIONS, IN_BOUNDARY);

        private Removals() {}
    }

    /** {@code credits}: units bought and retired to offset emissions. */
    public static final class Credits {
        public static final LedgerField<String> ID = LedgerField.text("id", true);
        public static final LedgerField<String> REGISTRY = LedgerField.text("registry", true);
        public static final LedgerField<String> SERIAL = LedgerField.text("serial", true);
        public static final LedgerField<CreditType> TYPE = LedgerField.choice("type", true, null, CreditType::fromId,
                "creditType.unknown", CreditType.ids());
        public static final LedgerField<RemovalKind> KIND = LedgerField.choice("kind", false, null, RemovalKind::fromId,
                "removalKind.unknown", RemovalKind.ids());
        public static final LedgerField<Integer> DURABILITY_YEARS = LedgerField.integer("durabilityYears", false, 0);
        public static final LedgerField<Integer> VINTAGE = LedgerField.integer("vintage", true, Integer.MIN_VALUE);
        public static final LedgerField<BigDecimal> AMOUNT = LedgerField.decimal("amount", true, true, null);
        public static final LedgerField<MassUnit> UNIT = unit();
        public static final LedgerField<Boolean> RETIRED = LedgerField.flag("retired", false);
        public static final LedgerField<String> BENEFICIARY = LedgerField.text("beneficiary", false);
        /**
         * The day the credit was retired: a day that has come ({@link CellReaders#pastDate}); a
         * retirement dated in the future has not happened, whatever the claim's date (session 25;
         * before, an undated claim counted a credit "retired" on 2099-01-01).
         */
        public static final LedgerField<java.time.LocalDate> RETIRED_ON = new LedgerField<>("retiredOn", false, null,
                LedgerField.KEY_TEXT, CellReaders::pastDate);
        public static final LedgerField<Boolean> OWN_BOUNDARY = LedgerField.flag("ownBoundary", false);
        public static final LedgerField<Boolean> INTERNATIONAL = LedgerField.flag("international", false);
        public static final LedgerField<Boolean> VERIFIED = LedgerField.flag("verified", false);
        public static final LedgerField<Boolean> ETS_COVERED = LedgerField.flag("etsCovered", false);
        public static final LedgerField<String> HOST_COUNTRY = LedgerField.country("hostCountry");
        public static final List<LedgerField<?>> FIELDS = List.of(ID, REGISTRY, SERIAL, TYPE, KIND, DURABILITY_YEARS, VINTAGE,
                AMOUNT, UNIT, RETIRED, BENEFICIARY, RETIRED_ON, OWN_BOUNDARY, INTERNATIONAL, VERIFIED, ETS_COVERED, HOST_COUNTRY);

        private Credits() {}
    }

    /** {@code reductions}: reported beside the balance, never deducted. */
    public static final class Reductions {
        public static final LedgerField<String> ID = LedgerField.text("id", true);
        public static final LedgerField<String> MEASURE = LedgerField.prose("measure", true);
        public static final LedgerField<BigDecimal> AMOUNT = LedgerField.decimal("amount", true, true, null);
        public static final LedgerField<MassUnit> UNIT = unit();
        public static final List<LedgerField<?>> FIELDS = List.of(ID, MEASURE, AMOUNT, UNIT);

        private Reductions() {}
    }

    /**
     * {@code otherEffects}: climate effects other than GHGs (albedo …). {@link #FIELDS} are one
     * item's, the ledger section {@code otherEffects.items} ({@link LedgerSection#OTHER_EFFECTS});
     * {@link #ASSESSED} and the list {@link #ITEMS} are the mapping's own ({@link #NAMES}).
     */
    public static final class OtherEffects {
        /** Whether the effects other than GHGs were assessed (default false: {@code OTHER_EFFECTS_NOT_ASSESSED}). */
        public static final LedgerField<Boolean> ASSESSED = LedgerField.flag("assessed", false);
        /** The name of the list of items, each a record of {@link #FIELDS}. */
        public static final String ITEMS = "items";
        public static final LedgerField<String> ID = LedgerField.text("id", true);
        public static final LedgerField<String> KIND = LedgerField.text("kind", true);
        /** t CO2e (in {@link #UNIT}), signed: a cooling effect is negative. */
        public static final LedgerField<BigDecimal> AMOUNT = LedgerField.decimal("amount", true, false, null);
        public static final LedgerField<MassUnit> UNIT = unit();
        public static final List<LedgerField<?>> FIELDS = List.of(ID, KIND, AMOUNT, UNIT);
        /** The names the mapping {@code otherEffects} allows, in the order of the format. */
        public static final List<String> NAMES = List.of(ASSESSED.name(), ITEMS);

        private OtherEffects() {}
    }

    /** {@code history}: the emissions of past years, in t CO2e. */
    public static final class History {
        public static final LedgerField<Integer> YEAR = LedgerField.integer("year", true, Integer.MIN_VALUE);
        public static final LedgerField<BigDecimal> EMISSIONS = LedgerField.decimal("emissions", true, true, null);
        public static final List<LedgerField<?>> FIELDS = List.of(YEAR, EMISSIONS);

        private History() {}
    }

    /**
     * {@code activities} as the flat columns of a CSV ledger (docs/activity-data.md): an explicit
     * factor, a supplier factor and one instrument in dotted columns ({@code factor.value},
     * {@code instrument.id} …). A group written in part needs its required fields; the groups'
     * further checks (a factor's unit, an instrument's energy unit) are the activity reader's.
     */
    public static final class Activities {
        public static final LedgerField<String> ID = LedgerField.text("id", true);
        public static final LedgerField<ActivityKind> ACTIVITY = LedgerField.choice("activity", true, null,
                ActivityKind::fromId, "activity.kind", ActivityKind.ids());
        public static final LedgerField<String> FUEL = LedgerField.text("fuel", false);
        public static final LedgerField<String> GRID = LedgerField.text("grid", false);
        public static final LedgerField<String> GAS = LedgerField.text("gas", false);
        public static final LedgerField<BigDecimal> AMOUNT = LedgerField.decimal("amount", true, true, null);
        public static final LedgerField<ActivityUnit> UNIT = LedgerField.choice("unit", true, null,
                ActivityUnit::fromSymbol, "unit.unknown", ActivityUnit.symbolList());
        /** No default here: an activity's default scope depends on its kind (1, or 2 for bought energy). */
        public static final LedgerField<Scope> SCOPE = new LedgerField<>("scope", false, null, LedgerField.KEY_TEXT,
                CellReaders::scope);
        public static final LedgerField<String> SECTOR = LedgerField.choice("sector", false, null,
                t -> t.equals("energy") || t.equals("manufacturing") ? Optional.of(t) : Optional.empty(),
                "activity.sector", "energy|manufacturing");
        public static final LedgerField<Integer> YEAR = LedgerField.integer("year", false, 1900);
        public static final LedgerField<String> FACTOR_SET = LedgerField.text("factorSet", false);
        public static final LedgerField<BigDecimal> FACTOR_VALUE = LedgerField.decimal("factor.value", false, true, null);
        public static final LedgerField<String> FACTOR_UNIT = LedgerField.text("factor.unit", false);
        public static final LedgerField<String> FACTOR_SOURCE = LedgerField.prose("factor.source", false);
        public static final LedgerField<BigDecimal> SUPPLIER_VALUE = LedgerField.decimal("supplierFactor.value", false,
                true, null);
        public static final LedgerField<String> SUPPLIER_UNIT = LedgerField.text("supplierFactor.unit", false);
        public static final LedgerField<String> SUPPLIER_SOURCE = LedgerField.prose("supplierFactor.source", false);
        public static final LedgerField<String> INSTRUMENT_ID = LedgerField.text("instrument.id", false);
        public static final LedgerField<String> INSTRUMENT_KIND = LedgerField.text("instrument.kind", false);
        public static final LedgerField<BigDecimal> INSTRUMENT_VOLUME = LedgerField.decimal("instrument.volume", false,
                true, null);
        public static final LedgerField<ActivityUnit> INSTRUMENT_UNIT = LedgerField.choice("instrument.unit", false,
                null, ActivityUnit::fromSymbol, "unit.unknown", ActivityUnit.symbolList());
        /** When the certified energy was generated: a year, a month, a day or FROM/TO (GHG Protocol Scope 2 Quality Criterion 4). */
        public static final LedgerField<org.zhonghe.assessment.Period> INSTRUMENT_VINTAGE = LedgerField.choice(
                "instrument.vintage", false, null, org.zhonghe.activity.InstrumentFit::vintage, "activity.instrument.vintageFormat",
                "2024 | 2024-03 | 2024-03-15 | 2024-01-01/2024-06-30");
        /** Where the certificate was issued: a country code or a grid of one (Quality Criterion 5). */
        public static final LedgerField<String> INSTRUMENT_MARKET = LedgerField.text("instrument.market", false);
        /** The activity's own period (both or neither), within the claim's. */
        public static final LedgerField<java.time.LocalDate> PERIOD_FROM = LedgerField.date("period.from", false);
        public static final LedgerField<java.time.LocalDate> PERIOD_TO = LedgerField.date("period.to", false);
        public static final List<LedgerField<?>> FIELDS = List.of(ID, ACTIVITY, FUEL, GRID, GAS, AMOUNT, UNIT, SCOPE,
                SECTOR, YEAR, FACTOR_SET, FACTOR_VALUE, FACTOR_UNIT, FACTOR_SOURCE, SUPPLIER_VALUE, SUPPLIER_UNIT,
                SUPPLIER_SOURCE, INSTRUMENT_ID, INSTRUMENT_KIND, INSTRUMENT_VOLUME, INSTRUMENT_UNIT, INSTRUMENT_VINTAGE,
                INSTRUMENT_MARKET, PERIOD_FROM, PERIOD_TO);
        /**
         * The dotted fields by their group, the first part of the name ({@code factor} →
         * {@code factor.value}, {@code factor.unit}, {@code factor.source}), in order. In YAML and
         * JSON a group is also written as a mapping of the rest of the names
         * ({@code factor: {value, unit, source}}; {@link LedgerField#inGroup}).
         */
        public static final Map<String, List<LedgerField<?>>> GROUPS = groups(FIELDS);
        /**
         * The names a record of activities allows: the plain fields, then the groups (a nested
         * mapping, or a list of them for {@code instrument}), then the dotted fields (flat columns).
         */
        public static final List<String> NAMES = concat(concat(
                FIELDS.stream().filter(f -> f.group() == null).map(LedgerField::name).toList(),
                List.copyOf(GROUPS.keySet())), FIELDS.stream().filter(f -> f.group() != null).map(LedgerField::name).toList());

        private Activities() {}
    }

    /** The names of {@code fields}, in order. */
    public static List<String> names(List<LedgerField<?>> fields) {
        return fields.stream().map(LedgerField::name).toList();
    }

    /** The names of a group's fields inside its mapping ({@code value} of {@code factor.value}), in order. */
    public static List<String> namesInGroup(List<LedgerField<?>> group) {
        return group.stream().map(f -> f.inGroup().name()).toList();
    }

    private static Map<String, List<LedgerField<?>>> groups(List<LedgerField<?>> fields) {
        Map<String, List<LedgerField<?>>> out = new LinkedHashMap<>();
        for (LedgerField<?> f : fields) {
            if (f.group() != null) out.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f);
        }
        out.replaceAll((g, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(out);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private static LedgerField<MassUnit> unit() {
        return LedgerField.choice("unit", true, null, MassUnit::fromSymbol, "unit.unknown", MassUnit.symbols());
    }

    private static Optional<Basis> basis(String text) {
        return Arrays.stream(Basis.values()).filter(b -> b.name().toLowerCase(Locale.ROOT).equals(text)).findFirst();
    }
}
