package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * activities.csv in a batch ledger (docs/batch.md, issue 17), on real files through the command:
 * figures by hand, and errors with file, line, field and value in English and Chinese.
 */
class BatchActivitiesTest {
    @TempDir Path dir;

    private Path ledger(String... activities) throws IOException {
        Path d = Files.createDirectories(dir.resolve("ledger"));
        Files.write(d.resolve("entities.csv"), List.of("entity,type,from,to,scopes,concept,factorSet,scope2Method",
                "plant,organization,2024-01-01,2024-12-31,1|2,ghg-neutrality,,",
                "factory,organization,2022-01-01,2022-12-31,1|2,net-zero-co2,ipcc-2006|cn-mee-grid,market",
                "broken,organization,2024-01-01,2024-12-31,1|2,ghg-neutrality,,"));
        Files.write(d.resolve("emissions.csv"), List.of("entity,gas,amount,unit,scope", "plant,CO2,3.251,t,1"));
        Files.write(d.resolve("activities.csv"), List.of(activities));
        return d;
    }

    /**
     * plant: 1,000 t gas/diesel oil × 43.0 TJ/Gg = 43 TJ → 3,186.3 t CO2, 0.129 t CH4, 0.0258 t N2O
     * (IPCC 2006 Table 2.2: 74,100 / 3 / 0.6 kg/TJ); AR5 GWP100 28 and 265: 3.612 + 6.837 t CO2e;
     * with the 3.251 t CO2 written, 3,199.999 + 0.001 = 3,200 t CO2e. factory: 10,000 MWh in 2022,
     * a certificate for 4,000 MWh, market-based 6,000 × 0.5703 = 3,421.8 t CO2.
     */
    @Test
    void activities_are_computed_to_the_tonnes_worked_by_hand() throws IOException {
        Path d = ledger("entity,id,activity,fuel,grid,amount,unit,year,instrument.id,instrument.volume,instrument.unit",
                "plant,diesel,fuel-combustion,gas-diesel-oil,,1000,t,,,,",
                "factory,power,electricity,,CN,10000,MWh,2022,GEC-2022-1,4000,MWh");
        Files.write(d.resolve("entities.csv"), Files.readAllLines(d.resolve("entities.csv")).subList(0, 3));
        Run run = Run.of("batch", d.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> rows = run.out().lines().skip(1).toList();
        assertThat(rows.get(0)).startsWith("plant,ghg-neutrality,NOT_SUPPORTED,3200,0,0,3200,");
        assertThat(rows.get(1)).startsWith("factory,net-zero-co2,NOT_SUPPORTED,3421.8,0,0,3421.8,");
    }

    /**
     * One certificate of 10,000 MWh on two rows of factory's activities covered 20,000 MWh: market-based
     * Scope 2 was 0 t and net zero CO2 SUPPORTED. As in check, a certificate listed again is an input
     * error at its row; the entity is INVALID.
     */
    @Test
    void a_certificate_on_two_rows_of_an_entity_is_an_input_error_as_in_check() throws IOException {
        Path d = ledger("entity,id,activity,fuel,grid,amount,unit,year,instrument.id,instrument.volume,instrument.unit",
                "factory,hall-a,electricity,,CN,10000,MWh,2022,GEC-2022-1,10000,MWh",
                "factory,hall-b,electricity,,CN,10000,MWh,2022,GEC-2022-1,10000,MWh");
        Files.write(d.resolve("entities.csv"), Files.readAllLines(d.resolve("entities.csv")).subList(0, 3));
        Run run = Run.of("batch", d.toString(), "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly("activities.csv:3, field 'instrument.id': certificate"
                + " \"GEC-2022-1\" is listed again (first for activity hall-a, line 2): a certificate retired for the period"
                + " covers its volume once (GHG Protocol Scope 2 Guidance, Scope 2 Quality Criteria), never twice; list it"
                + " once, or write each part of a certificate split between activities under its own id");
        assertThat(run.out().lines().skip(2).toList()).containsExactly("factory,net-zero-co2,INVALID,,,,,,");
    }

    /** broken's unit is a cell no reader accepts: like check, batch computes nothing else of that entity. */
    @Test
    void bad_activities_are_listed_with_file_line_field_and_value_in_english_and_chinese() throws IOException {
        Path d = ledger("entity,id,activity,fuel,grid,amount,unit,year,factorSet",
                "plant,diesel,fuel-combustion,gas-diesel-oil,,1000,t,,",
                "factory,van,fuel-combustion,unobtainium,,5,t,,",
                "broken,leak,refrigerant-leak,,,3,tons,,",
                "factory,power,electricity,,CN,100,MWh,2024,");
        Run en = Run.of("batch", d.toString(), "--lang", "en");
        assertThat(en.exit()).isEqualTo(2);
        List<String> errors = en.err().lines().toList();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).startsWith("activities.csv:3, field 'fuel': no emission factor for").contains("unobtainium");
        assertThat(errors.get(1)).startsWith("activities.csv:4, field 'unit': unknown unit \"tons\"");
        assertThat(errors.get(2)).startsWith("activities.csv:5, field 'grid': no emission factor for electricity / CN / 2024")
                .contains("cn-mee-nbs-electricity (2021, 2022, 2023)");
        List<String> rows = en.out().lines().skip(1).toList();
        assertThat(rows.get(0)).startsWith("plant,ghg-neutrality,NOT_SUPPORTED,3200,0,0,3200,");
        assertThat(rows.subList(1, 3)).containsExactly("factory,net-zero-co2,INVALID,,,,,,", "broken,ghg-neutrality,INVALID,,,,,,");
        Run zh = Run.of("batch", d.toString(), "--lang", "zh");
        List<String> zhErrors = zh.err().lines().toList();
        assertThat(zhErrors).hasSize(3);
        assertThat(zhErrors.get(0)).startsWith("activities.csv:3，字段 'fuel'：").containsPattern("\\p{IsHan}");
        assertThat(zhErrors.get(1)).startsWith("activities.csv:4，字段 'unit'：").contains("tons");
    }

    /**
     * A user's factor set named in entities.csv is the file beside it (docs/batch.md): absent, the
     * entity is INVALID with an error at its line that says where the file is looked for; present,
     * its factors compute the tonnes (1000 t × 0.001 Gg/t × 43.0 TJ/Gg × 74100 kg/TJ = 3186.3 t CO2; the set
     * has no CH4 or N2O), with the 3.251 t CO2 written: 3189.551 t.
     */
    @Test
    void a_users_factor_set_named_in_entities_csv_is_read_beside_it() throws IOException {
        Path d = ledger("entity,id,activity,fuel,amount,unit", "plant,diesel,fuel-combustion,gas-diesel-oil,1000,t");
        List<String> entities = Files.readAllLines(d.resolve("entities.csv"));
        entities.set(1, entities.get(1).replace("ghg-neutrality,,", "ghg-neutrality,verifier.csv,"));
        Files.write(d.resolve("entities.csv"), entities);
        Run en = Run.of("batch", d.toString(), "--lang", "en");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err()).startsWith("entities.csv:2, field 'factorSet': factor set file \"verifier.csv\" not found: "
                + "a user set is a CSV file beside entities.csv in " + d);
        assertThat(Run.of("batch", d.toString(), "--lang", "zh").err()).startsWith("entities.csv:2，字段 'factorSet'：找不到因子集文件");

        Files.writeString(d.resolve("verifier.csv"), """
                id,activity,fuel,gas,value,unit,source
                ncv,fuel-combustion,gas-diesel-oil,NCV,43.0,TJ/Gg,"Verifier report 2024-017, table 3, row diesel NCV"
                co2,fuel-combustion,gas-diesel-oil,CO2,74100,kg/TJ,"Verifier report 2024-017, table 3, row diesel CO2"
                """);
        Run ok = Run.of("batch", d.toString(), "--lang", "en");
        assertThat(ok.exit()).as(ok.err()).isIn(0, 1);
        assertThat(ok.out().lines().skip(1).findFirst().orElseThrow().split(",")[3]).isEqualTo("3189.551");
    }
}
