package org.zhonghe.profiles;

import org.zhonghe.rules.ConceptRule;
import org.zhonghe.rules.Profile;
import org.zhonghe.rules.ProfileInfo;
import java.util.List;
import java.util.Optional;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.rules.Finding;
import org.zhonghe.rules.FindingCode;

/**
 * SBTi Corporate Net-Zero Standard V2.0, for claims dated from {@link SbtiEditions#V2_REQUIRED_FROM}:
 * the rules Zhonghe checks are those of V1.x ({@link SbtiNetZeroProfile}), cited to V2.0, and one
 * more: V2.0 sets the target of Scope 1 apart from Scope 2 (no blended target of Scopes 1 and 2),
 * so Scope 1 is cut on its own too ({@link #scope1Apart}). A claim dated earlier is still
 * evaluated under these rules, with {@code PROFILE_VERSION_APPLIED} saying that V1.x applies to it.
 */
public final class SbtiNetZeroV2Profile extends SbtiNetZeroProfile {
    public static final String ID = "sbti-net-zero-v2";
    private static final ProfileInfo INFO = SbtiEditions.v2();

    @Override
    public ProfileInfo info() {
        return INFO;
    }

    @Override
    boolean scope1Apart() {
        return true;
    }

    @Override
    Optional<Finding> edition(Assessment a, ConceptRule rule) {
        java.time.LocalDate claimed = Profile.claimDate(a, rule); // once: it reads every credit
        if (!claimed.isBefore(SbtiEditions.V2_REQUIRED_FROM)) return Optional.empty();
        return Optional.of(Finding.told(FindingCode.PROFILE_VERSION_APPLIED, "profile.sbti.V1_APPLIES", List.of(),
                claimed.toString(), SbtiEditions.V2_REQUIRED_FROM.toString()));
    }
}
