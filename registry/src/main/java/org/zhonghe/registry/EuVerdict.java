package org.zhonghe.registry;

import java.util.Locale;

/**
 * What Directive (EU) 2024/825 says of an offset-based claim made to consumers in the EU, from
 * 2026-09-27 (Annex I point 4c of Directive 2005/29/EC as amended; the same reading as the
 * {@code eu-2024-825} profile): prohibited for a product, service or event; a legal risk for an
 * organisation-level claim.
 */
public enum EuVerdict {
    PROHIBITED_FROM_2026_09_27, OFFSET_CLAIM_RISK;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static EuVerdict of(ClaimSubject subject) {
        return switch (subject) {
            case PRODUCT, EVENT -> PROHIBITED_FROM_2026_09_27;
            case ORGANIZATION -> OFFSET_CLAIM_RISK;
        };
    }
}
