package org.zhonghe.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.zhonghe.MassUnit;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.Scope;

class LedgerSchemaTest {
    @Test
    void every_section_names_each_field_once_in_the_order_of_the_format() {
        assertThat(LedgerSection.EMISSIONS.names()).containsExactly("id", "gas", "amount", "unit", "scope", "biogenic", "source",
                "derivation");
        assertThat(LedgerSection.CREDITS.required()).containsExactly("id", "registry", "serial", "type", "vintage", "amount", "unit");
        for (LedgerSection s : LedgerSection.values()) assertThat(s.names()).doesNotHaveDuplicates();
        assertThat(LedgerSection.OTHER_EFFECTS.sheet()).isEqualTo("otherEffects");
    }

    @Test
    void an_empty_cell_takes_the_fields_default() {
        assertThat(LedgerSchema.Emissions.SCOPE.absent()).isEqualTo(Scope.ONE);
        assertThat(LedgerSchema.Removals.BASIS.absent()).isEqualTo(Basis.INCREMENT);
        assertThat(LedgerSchema.Removals.LIFECYCLE_EMISSIONS.absent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(LedgerSchema.Removals.IN_BOUNDARY.absent()).isTrue();
        assertThat(LedgerSchema.Credits.RETIRED.absent()).isFalse();
    }

    /** Issue 15: batch strips every cell, so a beneficiary ' acme' must be acme in check too (CheckAndBatchAgreeTest found it). */
    @Test
    void a_text_cell_is_read_without_the_blanks_around_it() {
        assertThat(LedgerSchema.Credits.BENEFICIARY.read(" acme-2024 ").value()).isEqualTo("acme-2024");
        assertThat(LedgerSchema.Credits.SERIAL.read("0123 ").value()).isEqualTo("0123");
        assertThat(LedgerSchema.Emissions.SOURCE.read(" boilers").value()).isEqualTo("boilers");
    }

    @Test
    void a_cell_is_read_by_its_fields_reader() {
        assertThat(LedgerSchema.Emissions.UNIT.read("t").value()).isEqualTo(MassUnit.T);
        assertThat(LedgerSchema.Emissions.UNIT.read("tons").key()).isEqualTo("unit.unknown");
        assertThat(LedgerSchema.Emissions.SCOPE.read("07").args()).containsExactly("7");
        assertThat(LedgerSchema.Emissions.SCOPE.read("1.5").key()).isEqualTo("number.integer");
        assertThat(LedgerSchema.Credits.RETIRED.read("TRUE").value()).isTrue();
        assertThat(LedgerSchema.Credits.HOST_COUNTRY.read("China").key()).isEqualTo("hostCountry.format");
        assertThat(LedgerSchema.OtherEffects.AMOUNT.read("-5").value()).isEqualByComparingTo("-5");
        assertThat(LedgerSchema.Emissions.AMOUNT.read("-5").key()).isEqualTo("number.negative");
    }

    /** Issue 15: entity, period, boundary and claim are fields of the one schema, read by check and batch alike. */
    @Test
    void entity_claim_and_period_cells_are_read_by_the_schema() {
        assertThat(LedgerSchema.Entity.TYPE.cell("organisation").value()).isEqualTo(org.zhonghe.assessment.EntityType.ORGANIZATION);
        assertThat(LedgerSchema.Entity.TYPE.cell(" organization ").value()).isEqualTo(org.zhonghe.assessment.EntityType.ORGANIZATION);
        assertThat(LedgerSchema.Entity.TYPE.cell("company").key()).isEqualTo("entity.type");
        assertThat(LedgerSchema.Entity.ID.cell("acme-2024.v_1").value()).isEqualTo("acme-2024.v_1");
        assertThat(LedgerSchema.Entity.ID.cell("云峰").key()).isEqualTo("entity.id");
        assertThat(LedgerSchema.Period.FROM.cell("2024/01/01").key()).isEqualTo("date");
        assertThat(LedgerSchema.Boundary.SCOPES.cell(" 2 | 03").value()).containsExactlyInAnyOrder(Scope.TWO, Scope.THREE);
        assertThat(LedgerSchema.Boundary.SCOPES.cell("none").value()).isEmpty();
        assertThat(LedgerSchema.Boundary.SCOPES.cell("1|4").args()).containsExactly("4");
        assertThat(LedgerSchema.Boundary.SCOPES.cell("1|x").key()).isEqualTo("number.integer");
        assertThat(LedgerSchema.Boundary.SCOPES.absent()).hasSize(3);
        assertThat(LedgerSchema.Claim.CONCEPT.required()).isTrue();
        assertThat(LedgerSchema.Claim.CONCEPT.cell("carbon-neutral").key()).isEqualTo("concept.unknown");
        assertThat(LedgerSchema.Claim.PROFILE.absent()).isEqualTo("ipcc");
        assertThat(LedgerSchema.Claim.PROFILE.cell(" pas-2060").value()).isEqualTo("pas-2060");
        assertThat(LedgerSchema.Claim.PROFILE.cell("iso").key()).isEqualTo("profile.unknown");
        assertThat(LedgerSchema.Claim.METRIC.cell("AR7-GWP100").key()).isEqualTo("metric.unknown");
        assertThat(LedgerSchema.Claim.FACTOR_SET.cell(" cn-mee-grid | ipcc-2006,mine.csv").value())
                .containsExactly("cn-mee-grid", "ipcc-2006", "mine.csv");
        assertThat(LedgerSchema.Claim.FACTOR_SET.absent()).containsExactly("ipcc-2006");
        assertThat(LedgerSchema.Claim.SCOPE2_METHOD.cell("residual").key()).isEqualTo("scope2Method.unknown");
    }

    @Test
    void a_text_longer_than_its_field_allows_is_refused_with_the_count_and_the_limit() {
        Cell<String> name = LedgerSchema.Entity.NAME.cell("名".repeat(1001));
        assertThat(name.key()).isEqualTo("text.tooLong");
        assertThat(name.args()).containsExactly("1,001", "1,000");
        assertThat(LedgerSchema.Entity.NAME.cell(" " + "名".repeat(1000) + " ").value()).hasSize(1000);
        assertThat(LedgerSchema.Entity.TYPE.cell("t".repeat(201)).key()).isEqualTo("text.tooLong");
        assertThat(LedgerSchema.Credits.SERIAL.cell("S".repeat(200)).isRead()).isTrue();
        assertThat(LedgerSchema.Emissions.AMOUNT.cell("9".repeat(51)).key()).isEqualTo("number.digits");
    }

    /**
     * Issue 15: an activity's groups are the dotted fields' first names; a record of YAML/JSON allows
     * the plain fields, the groups (nested) and the dotted fields (flat), in the order io listed them.
     */
    @Test
    void an_activitys_groups_and_names_come_from_its_dotted_fields() {
        assertThat(LedgerSchema.Activities.GROUPS.keySet()).containsExactly("factor", "supplierFactor", "instrument", "period");
        assertThat(LedgerSchema.namesInGroup(LedgerSchema.Activities.GROUPS.get("instrument")))
                .containsExactly("id", "kind", "volume", "unit", "vintage", "market");
        assertThat(LedgerSchema.Activities.NAMES).containsExactly("id", "activity", "fuel", "grid", "gas", "amount", "unit",
                "scope", "sector", "year", "factorSet", "factor", "supplierFactor", "instrument", "period", "factor.value",
                "factor.unit", "factor.source", "supplierFactor.value", "supplierFactor.unit", "supplierFactor.source",
                "instrument.id", "instrument.kind", "instrument.volume", "instrument.unit", "instrument.vintage",
                "instrument.market", "period.from", "period.to");
        LedgerField<String> source = LedgerSchema.Activities.FACTOR_SOURCE.inGroup();
        assertThat(source.name()).isEqualTo("source");
        assertThat(source.maxLength()).isEqualTo(LedgerField.FREE_TEXT);
        assertThat(LedgerSchema.Activities.SECTOR.group()).isNull();
        assertThat(LedgerSchema.Activities.SECTOR.inGroup()).isSameAs(LedgerSchema.Activities.SECTOR);
    }

    /** Issue 15: baseline, plan, its targets and otherEffects are the schema's too, with their defaults and limits. */
    @Test
    void baseline_plan_and_other_effects_are_fields_of_the_schema() {
        assertThat(LedgerSchema.names(LedgerSchema.Baseline.FIELDS)).containsExactly("year", "emissions", "sector", "scope1and2",
                "scope3", "scope1");
        assertThat(LedgerSchema.Baseline.EMISSIONS.cell("-1").key()).isEqualTo("number.negative");
        assertThat(LedgerSchema.Baseline.SECTOR.maxLength()).isEqualTo(LedgerField.FREE_TEXT);
        assertThat(LedgerSchema.Plan.NAMES).containsExactly("reductionTargets", "removalTransition");
        assertThat(LedgerSchema.names(LedgerSchema.Plan.Target.FIELDS)).containsExactly("year", "reductionPercent", "baseYear");
        assertThat(LedgerSchema.Plan.Target.REDUCTION_PERCENT.cell("-5").value()).isEqualByComparingTo("-5");
        assertThat(LedgerSchema.Plan.Target.BASE_YEAR.required()).isFalse();
        assertThat(LedgerSchema.OtherEffects.NAMES).containsExactly("assessed", "items");
        assertThat(LedgerSchema.OtherEffects.ASSESSED.absent()).isFalse();
        assertThat(LedgerSchema.OtherEffects.ASSESSED.cell("True").value()).isTrue();
    }
}
