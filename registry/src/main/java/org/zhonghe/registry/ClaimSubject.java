package org.zhonghe.registry;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a claim is made of, as its words tell (Zhonghe's reading): a product or service
 * ("Frete CO2 Neutro", a "Climate Neutral Certification" label, "carbon neutral shipping"), an
 * event ("net-zero sport events"), else the organisation itself. Directive (EU) 2024/825 treats
 * the first two differently from the third.
 */
public enum ClaimSubject {
    PRODUCT, EVENT, ORGANIZATION;

    private static final Pattern EVENT_WORDS = Pattern.compile(
            "event|evento|événement|veranstaltung|congress|congresso|congreso|conference|sport|festival|活动|赛事|会议",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PRODUCT_WORDS = Pattern.compile(
            "product|produto|producto|produit|produkt|frete|freight|shipping|delivery|entrega|estadia|stay|certification"
                    + "|certified|label|service|serviço|servicio|产品|服务|运输",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The subject the words of a retirement name. */
    public static ClaimSubject of(String words) {
        if (words == null) return ORGANIZATION;
        if (EVENT_WORDS.matcher(words).find()) return EVENT;
        if (PRODUCT_WORDS.matcher(words).find()) return PRODUCT;
        return ORGANIZATION;
    }
}
