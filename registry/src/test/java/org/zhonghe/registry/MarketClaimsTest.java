package org.zhonghe.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhonghe.Concept;

class MarketClaimsTest {
    private final List<MarketClaim> claims = MarketClaims.in(Samples.data().records());

    private List<MarketClaim> at(String file, long line) {
        return claims.stream().filter(c -> c.record().source().equals(new Source(file, line))).toList();
    }

    @Test
    void theCableMakersCarbonNeutralityRetirementOfManureMethaneCredits() {
        MarketClaim c = at("verra/transactions.csv", 8).get(0);
        assertThat(c.concept()).isEqualTo(Concept.CARBON_NEUTRALITY);
        assertThat(c.record().classification().creditClass()).isEqualTo(CreditClass.REDUCTION);
        assertThat(c.claimedVerdict().admitted()).isTrue();
        assertThat(c.claimant()).contains("Hengtong");
        assertThat(c.words()).contains("碳中和");
    }

    @Test
    void climateNeutralCertificationRetirementsOfIndustrialProcessAndForestCredits() {
        List<MarketClaim> cnc = claims.stream().filter(c -> c.words().contains("Climate Neutral")).toList();
        assertThat(cnc).extracting(c -> c.record().projectType())
                .contains("Industrial Process Emissions", "Forest Carbon");
        assertThat(cnc).allSatisfy(c -> {
            assertThat(c.concept()).isEqualTo(Concept.CLIMATE_NEUTRALITY);
            assertThat(c.claimedVerdict().admitted()).isFalse();
        });
        assertThat(cnc).extracting(MarketClaim::claimant).contains("JuneShine", "Wildfang Co", "Goodr LLC");
        assertThat(at("american-carbon-registry/retirements.csv", 68).get(0).subject()).isEqualTo(ClaimSubject.PRODUCT);
    }

    @Test
    void carbonNeutralityRetirementsOfNitricAcidN2OCredits() {
        MarketClaim c = at("climate-action-reserve/retirements.csv", 3).get(0);
        assertThat(c.record().projectType()).startsWith("Nitric Acid N2O");
        assertThat(c.concept()).isEqualTo(Concept.CARBON_NEUTRALITY);
        assertThat(c.record().classification().creditClass()).isEqualTo(CreditClass.REDUCTION);
        assertThat(c.claimant()).isEqualTo("Maple Leaf Foods");
    }

    @Test
    void netZeroSportEventsAdmitNoOffsetsAndAreProhibitedForEventsInTheEu() {
        MarketClaim c = at("gold-standard/retirements.csv", 24).get(0);
        assertThat(c.words()).isEqualToIgnoringCase("net-zero");
        assertThat(c.concept()).isEqualTo(Concept.NET_ZERO_GHG);
        assertThat(c.claimedVerdict().admitted()).isFalse();
        assertThat(c.subject()).isEqualTo(ClaimSubject.EVENT);
        assertThat(c.eu()).isEqualTo(EuVerdict.PROHIBITED_FROM_2026_09_27);
    }

    @Test
    void portugueseCo2NeutroFreightIsAProductClaimOfCarbonNeutrality() {
        MarketClaim frete = claims.stream().filter(c -> c.words().equals("CO2 Neutro")).findFirst().orElseThrow();
        assertThat(frete.concept()).isEqualTo(Concept.CARBON_NEUTRALITY);
        assertThat(frete.reading()).isFalse();
        assertThat(frete.subject()).isEqualTo(ClaimSubject.PRODUCT);
    }

    @Test
    void totalsPerClaimantCountEachRetirementOnce() {
        List<MarketClaims.Total> totals = MarketClaims.totals(claims);
        MarketClaims.Total maple = totals.stream().filter(t -> "Maple Leaf Foods".equals(t.claimant())).findFirst().orElseThrow();
        BigDecimalSum expected = new BigDecimalSum();
        claims.stream().filter(c -> "Maple Leaf Foods".equals(c.claimant())).map(MarketClaim::record).distinct()
                .forEach(r -> expected.add(r.tonnes()));
        assertThat(maple.tonnes()).isEqualByComparingTo(expected.sum);
        assertThat(maple.claims()).isGreaterThanOrEqualTo(3);
    }

    private static final class BigDecimalSum {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;

        void add(java.math.BigDecimal x) {
            sum = sum.add(x);
        }
    }

    @Test
    void wordsInManyLanguages() {
        assertThat(ClaimWords.in("用于江苏亨通高压海缆有限公司碳中和碳排放量抵消")).extracting(ClaimWords.Found::concept)
                .containsExactly(Concept.CARBON_NEUTRALITY);
        assertThat(ClaimWords.in("certificado de neutralização de carbono")).extracting(ClaimWords.Found::concept)
                .containsExactly(Concept.CARBON_NEUTRALITY);
        assertThat(ClaimWords.in("Estadia Neutra")).singleElement()
                .satisfies(f -> assertThat(f.reading()).isTrue());
        assertThat(ClaimWords.in("neutralidad de carbono")).hasSize(1);
        assertThat(ClaimWords.in("neutralité carbone")).hasSize(1);
        assertThat(ClaimWords.in("klimaneutrales Unternehmen")).isEmpty();
        assertThat(ClaimWords.in("klimaneutral")).extracting(ClaimWords.Found::concept).containsExactly(Concept.CLIMATE_NEUTRALITY);
        assertThat(ClaimWords.in("neutral stance on technology")).isEmpty();
        assertThat(ClaimWords.in("Net Zero Eyecare")).extracting(ClaimWords.Found::concept).containsExactly(Concept.NET_ZERO_GHG);
    }

    @Test
    void claim_words_that_begin_a_name_after_for_are_the_beneficiarys_name_not_a_claim() {
        // gold-standard/retirements.csv:56 and :57 "Gold Standard Marketplace Order GSM31791 for Net Zero Eyecare"
        assertThat(at("gold-standard/retirements.csv", 56)).isEmpty();
        assertThat(at("gold-standard/retirements.csv", 57)).isEmpty();
        // climate-action-reserve/retirements.csv:8 "For Carbon Neutral Indiana's community"
        assertThat(at("climate-action-reserve/retirements.csv", 8)).isEmpty();
        // claims stay claims
        assertThat(at("climate-action-reserve/retirements.csv", 3)).hasSize(1); // "Maintain 2026 Carbon Neutrality for Canada Packers"
        assertThat(ClaimWords.in("for carbon neutrality carbon emission offsetting")).hasSize(1);
        assertThat(ClaimWords.in("for net-zero sport events")).hasSize(1);
        assertThat(ClaimWords.in("JuneShine for Climate Neutral Certification")).hasSize(1);
        assertThat(ClaimWords.in("Retired for Carbon Neutral")).hasSize(1);
    }
}
