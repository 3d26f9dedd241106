package org.zhonghe.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who a retirement is for, on the rows of the real exports the audit quotes (audit C, section A). */
class ClaimantTest {
    private static final String CAR = "climate-action-reserve/retirements.csv";

    private static Claimant at(String file, long line) {
        return Claimant.of(Samples.at(file, line));
    }

    private static List<String> searched(String name) {
        return BeneficiarySearch.in(Samples.data().records(), name).stream().map(r -> r.source().toString()).toList();
    }

    @Test
    void a_retirement_on_behalf_of_a_third_party_is_never_the_account_holders() {
        // :12 ClimateSeed, "On Behalf of Third Party", no details; :50 LSB Industries, "Anonymously"
        assertThat(at(CAR, 12)).isEqualTo(new Claimant(null, Claimant.Kind.THIRD_PARTY, "ClimateSeed"));
        assertThat(at(CAR, 50)).isEqualTo(new Claimant(null, Claimant.Kind.THIRD_PARTY, "LSB Industries, Inc."));
        // :8 Offset Alliance LLC, "For Carbon Neutral Indiana's community": not the broker
        assertThat(at(CAR, 8).name()).isNotEqualTo("Offset Alliance LLC");
        assertThat(searched("ClimateSeed")).isEmpty();
        assertThat(searched("LSB Industries")).isEmpty();
        assertThat(searched("Offset Alliance")).isEmpty();
    }

    @Test
    void the_beneficiary_is_taken_from_the_details_where_they_name_one_clearly() {
        assertThat(at(CAR, 19).name()).isEqualTo("Allegheny College");          // "Allegheny College for 2025 emissions"
        assertThat(at(CAR, 22).name()).isEqualTo("Kaiser Foundation Hospitals"); // "… -  Transaction Reference 31388"
        assertThat(at(CAR, 36).name()).isEqualTo("McKinstry");                   // "Retired on behalf McKinstry for …"
        assertThat(at(CAR, 76).name()).isEqualTo("Guardian Industries VP");      // "Retirados a nombre de Guardian Industries VP, S. de R.L. …"
        assertThat(at(CAR, 83).name()).isEqualTo("Guardian Industries VP");
        assertThat(at(CAR, 20).name()).isEqualTo("Dickinson College");           // "Retired by Dickinson College in support of its …"
        assertThat(at(CAR, 52).name()).isEqualTo("Blue Owl Capital Holdings LPs"); // "… for YE 2024 Operational Emissions"
        assertThat(at(CAR, 96).name()).isEqualTo("Grupo VIKO Digital Marketing SA"); // "… -- offsetting the carbon footprint of my organization"
        assertThat(at(CAR, 2).name()).isEqualTo("Kinaxis Inc");                 // "Retired on behalf of Kinaxis Inc. F2024 period"
        // a third party's details that name nobody in a form read: nobody, not the holder
        assertThat(at(CAR, 32).kind()).isEqualTo(Claimant.Kind.THIRD_PARTY);     // "FIFA's contribution to carbon emission mitigation …"
        assertThat(at(CAR, 99).kind()).isEqualTo(Claimant.Kind.THIRD_PARTY);     // "Presente"
    }

    @Test
    void search_finds_allegheny_colleges_retirement_made_through_climeco_and_no_longer_lists_it_under_climeco() {
        assertThat(searched("Allegheny College")).containsExactly(CAR + ":19", CAR + ":82");
        assertThat(searched("ClimeCo")).doesNotContain(CAR + ":19", CAR + ":20", CAR + ":76", CAR + ":83");
        assertThat(searched("Kaiser Foundation Hospitals")).containsExactly(CAR + ":22");
    }

    @Test
    void without_a_third_party_reason_the_account_holder_is_still_the_beneficiary() {
        // :3 Maple Leaf Foods, "Environmental Benefit", "Maintain 2026 Carbon Neutrality for Canada Packers"
        assertThat(at(CAR, 3)).isEqualTo(new Claimant("Maple Leaf Foods", Claimant.Kind.NAMED, null));
        // :25 Artemeter, "Retirement for Person or Organization", "Corporate retirement"
        assertThat(at(CAR, 25).name()).isEqualTo("Artemeter, LLC");
    }

    @Test
    void a_record_that_names_nobody_is_for_nobody() {
        // verra/transactions.csv:2, a date but no beneficiary, reason or details (audit D2)
        assertThat(at("verra/transactions.csv", 2).kind()).isEqualTo(Claimant.Kind.NOBODY);
        // cercarbono: end_user "Not public"
        RegistryRecord notPublic = Samples.data().records().stream()
                .filter(r -> "Not public".equals(r.beneficiary())).findFirst().orElseThrow();
        assertThat(Claimant.of(notPublic).kind()).isEqualTo(Claimant.Kind.NOBODY);
        assertThat(searched("Not public")).isEmpty();
    }

    @Test
    void a_gold_standard_marketplace_order_names_its_buyer_after_for() {
        // gold-standard/retirements.csv:56, Using Entity empty, "Gold Standard Marketplace Order GSM31791 for Net Zero Eyecare"
        assertThat(at("gold-standard/retirements.csv", 56).name()).isEqualTo("Net Zero Eyecare");
        assertThat(searched("Net Zero Eyecare")).containsExactly("gold-standard/retirements.csv:56", "gold-standard/retirements.csv:57");
        // "… for Anonymous" names nobody
        RegistryRecord anonymous = Samples.data().records().stream()
                .filter(r -> r.notes() != null && r.notes().endsWith("for Anonymous")).findFirst().orElseThrow();
        assertThat(Claimant.of(anonymous).kind()).isEqualTo(Claimant.Kind.NOBODY);
    }

    @Test
    void a_retirement_for_someones_customers_is_not_for_that_someone() {
        String acr = "american-carbon-registry/retirements.csv";
        // CAR :77 ClimeCo LLC, "On behalf of Lenovo Clients 1 February 2026 – 28 February 2026, Program Managed by Lenovo"
        assertThat(at(CAR, 77)).isEqualTo(new Claimant(null, Claimant.Kind.CUSTOMERS, "Lenovo Clients 1 February 2026"));
        assertThat(at(CAR, 79).kind()).isEqualTo(Claimant.Kind.CUSTOMERS);
        // ACR :7 and :12, Retired on Behalf of "Tradewater’s Individual Retail Customers"
        assertThat(at(acr, 7)).isEqualTo(new Claimant(null, Claimant.Kind.CUSTOMERS, "Tradewater’s Individual Retail Customers"));
        assertThat(at(acr, 12).kind()).isEqualTo(Claimant.Kind.CUSTOMERS);
        // ACR :101 "Mission Financial Partners LLC’s GreenFi Plus Retail Customers"
        assertThat(at(acr, 101).kind()).isEqualTo(Claimant.Kind.CUSTOMERS);
        // CAR :27 "Retired on behalf of BEF Customers"; :23 and :55 "On behalf of Patch's customers and/ or their End Users"
        assertThat(at(CAR, 27)).isEqualTo(new Claimant(null, Claimant.Kind.CUSTOMERS, "BEF Customers"));
        assertThat(at(CAR, 23).kind()).isEqualTo(Claimant.Kind.CUSTOMERS);
        assertThat(at(CAR, 55).kind()).isEqualTo(Claimant.Kind.CUSTOMERS);
        // CAR :8 "For Carbon Neutral Indiana's community"
        assertThat(at(CAR, 8)).isEqualTo(new Claimant(null, Claimant.Kind.CUSTOMERS, "Carbon Neutral Indiana's community"));
        assertThat(searched("Lenovo")).isEmpty();
        assertThat(searched("Tradewater")).doesNotContain(acr + ":7", acr + ":12")
                .allMatch(source -> source.startsWith("american-carbon-registry/cancellations.csv:")); // its own cancellations
        assertThat(searched("BEF")).isEmpty();
        assertThat(searched("Patch")).isEmpty();
        // a customer-facing company's own retirement still counts for it: ACR :11, Retired on Behalf of "Ayers Saint Gross"
        assertThat(searched("Ayers Saint Gross")).containsExactly(acr + ":11");
    }
}
