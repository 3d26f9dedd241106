package org.zhonghe.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void legalFormsCasePunctuationAndSpacesDoNotMatter() {
        assertThat(Names.normalize("Hengtong Submarine Power Cable Co., Ltd.")).isEqualTo("hengtong submarine power cable");
        assertThat(Names.matches("Reciclene S.A.S", "RECICLENE")).isTrue();
        assertThat(Names.matches("Salesforce, Inc.", "salesforce")).isTrue();
        assertThat(Names.matches("Wildfang Co.", "Wildfang")).isTrue();
    }

    @Test
    void aBilingualBeneficiaryMatchesEitherName() {
        String b = "江苏亨通高压海缆有限公司 Hengtong Submarine Power Cable Co., Ltd.";
        assertThat(Names.matches(b, "江苏亨通高压海缆有限公司")).isTrue();
        assertThat(Names.matches(b, "Hengtong Submarine Power Cable Co Ltd")).isTrue();
        assertThat(Names.matches(b, "Hengtong Optic")).isFalse();
    }

    @Test
    void aNameMustBeWholeWordsOfTheBeneficiary() {
        assertThat(Names.matches("Salesforce, Inc.", "Sales")).isFalse();
        assertThat(Names.matches("AWS", "Inc.")).isFalse();
    }

    @Test
    void onBehalfOfInTheNotesAsCarWritesIt() {
        assertThat(Names.onBehalfOf("Retired by South Pole, Inc. on behalf of Salesforce, Inc. to compensate for residual Scope 1"))
                .contains("Salesforce");
        assertThat(Names.onBehalfOf("Emergent retiring on behalf of Chanel")).contains("Chanel");
        assertThat(Names.onBehalfOf("Retired on behalf of Kinaxis Inc. F2024 period")).contains("Kinaxis Inc");
        assertThat(Names.onBehalfOf("On Behalf of Third Party | For Carbon Neutral Indiana's community")).isEmpty();
    }
}
