package org.zhonghe.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhonghe.assessment.RemovalKind;

class CreditClassesTest {
    private final CreditClasses classes = CreditClasses.bundled();

    @Test
    void everyProjectTypeAndMethodologyOfTheSamplesHasALineOfTheMapping() {
        List<String> uncovered = new ArrayList<>();
        for (RegistryRecord r : Samples.data().records()) {
            if (r.classification().reason().startsWith("no line of the class mapping")) {
                uncovered.add(r.source() + " " + r.projectType() + " / " + r.methodology());
            }
        }
        for (RegistryProject p : Samples.data().projects()) {
            Classification c = classes.classify(p.registry(), null, p.methodology(), p.type());
            if (c.reason().startsWith("no line of the class mapping")) {
                uncovered.add(p.source() + " " + p.type() + " / " + p.methodology());
            }
        }
        assertThat(uncovered).isEmpty();
    }

    @Test
    void carsOwnReductionRemovalColumnWins() {
        // the same project type, Improved Forest Management - ARB Compliance, stated both ways
        assertThat(classes.classify(Registry.CAR, "Removal", null, "Improved Forest Management - ARB Compliance"))
                .extracting(Classification::creditClass, Classification::removalKind)
                .containsExactly(CreditClass.REMOVAL, RemovalKind.FOREST_MANAGEMENT);
        assertThat(classes.classify(Registry.CAR, "Reduction", null, "Improved Forest Management - ARB Compliance").creditClass())
                .isEqualTo(CreditClass.REDUCTION);
        assertThat(classes.classify(Registry.CAR, null, null, "Soil Enrichment").creditClass())
                .isEqualTo(CreditClass.UNCLASSIFIED);
    }

    @Test
    void samplesRowsGetTheClassOfTheirProject() {
        // ODS destruction for AWS: a reduction
        assertThat(Samples.at("american-carbon-registry/retirements.csv", 2).classification().creditClass())
                .isEqualTo(CreditClass.REDUCTION);
        // nitric acid N2O (CAR says Reduction)
        assertThat(Samples.at("climate-action-reserve/retirements.csv", 3).classification().creditClass())
                .isEqualTo(CreditClass.REDUCTION);
        // manure methane, ACM0010, for Hengtong's 碳中和
        assertThat(Samples.at("verra/transactions.csv", 8).classification().creditClass())
                .isEqualTo(CreditClass.REDUCTION);
        // AR-ACM0003 afforestation/reforestation: removal, kind not told
        Classification ar = Samples.at("cercarbono/retirements.csv", 2).classification();
        assertThat(ar.creditClass()).isEqualTo(CreditClass.REMOVAL);
        assertThat(ar.removalKind()).isNull();
    }

    @Test
    void removalKindsOfRulesMdSection3WhereTheDataTellThem() {
        assertThat(classes.classify(Registry.ISOMETRIC, null, "biochar", "biomass_carbon_removal_and_storage").removalKind())
                .isEqualTo(RemovalKind.BIOCHAR);
        assertThat(classes.classify(Registry.ISOMETRIC, null, "enhanced-weathering-agriculture", "enhanced_weathering").removalKind())
                .isEqualTo(RemovalKind.ENHANCED_WEATHERING);
        assertThat(classes.classify(Registry.ISOMETRIC, null, "direct-air-capture", "direct_air_capture").removalKind())
                .isEqualTo(RemovalKind.DACCS);
    }

    @Test
    void mixedOrUntellingMethodologiesAreUnclassifiedNeverGuessed() {
        assertThat(classes.classify(Registry.VERRA, null, "VM0042", "Agriculture Forestry and Other Land Use").creditClass())
                .isEqualTo(CreditClass.UNCLASSIFIED);
        assertThat(classes.classify(Registry.VERRA, null, "ACM0002; AR-ACM0003", null).reason())
                .contains("differ in class");
        assertThat(classes.classify(Registry.VERRA, null, "VMR0006; VM0050", "Energy demand").creditClass())
                .isEqualTo(CreditClass.REDUCTION);
        assertThat(classes.classify(Registry.VERRA, null, "XYZ0001", null).reason())
                .startsWith("no line of the class mapping covers methodology 'XYZ0001'");
    }

    @Test
    void everyLineOfTheMappingHasAReasonAndASource() {
        assertThat(classes.rules()).allSatisfy(r -> {
            assertThat(r.reason()).isNotBlank();
            assertThat(r.source()).isNotBlank();
        });
    }
}
