package org.zhonghe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTypeTest {
    @Test
    void both_spellings_of_organisation_are_read_and_the_id_stays_organization() {
        assertThat(EntityType.fromId("organization")).contains(EntityType.ORGANIZATION);
        assertThat(EntityType.fromId("organisation")).contains(EntityType.ORGANIZATION);
        assertThat(EntityType.ORGANIZATION.id()).isEqualTo("organization");
        assertThat(EntityType.fromId("organisations")).isEmpty();
    }
}
