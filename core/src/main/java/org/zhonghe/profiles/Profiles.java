package org.zhonghe.profiles;

import org.zhonghe.rules.Profile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The profiles Zhonghe knows, by id, in a fixed order (the default first). */
public final class Profiles {
    private static final Map<String, Profile> ALL = new LinkedHashMap<>();

    static {
        register(new IpccProfile());
        register(new Iso14068Profile());
        register(new SbtiNetZeroProfile());
        register(new SbtiNetZeroV2Profile());
        register(new Eu2024825Profile());
        register(new CnLargeEventProfile());
        register(new CnEtsProfile());
        register(new Pas2060Profile());
    }

    private Profiles() {}

    private static void register(Profile p) {
        ALL.put(p.id(), p);
    }

    public static Optional<Profile> byId(String id) {
        return Optional.ofNullable(ALL.get(id));
    }

    public static Profile ipcc() {
        return ALL.get(IpccProfile.ID);
    }

    /** Every profile, the default first. */
    public static List<Profile> all() {
        return List.copyOf(ALL.values());
    }

    public static String ids() {
        return String.join(", ", ALL.keySet());
    }
}
