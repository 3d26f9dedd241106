package org.zhonghe.profiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The profiles Zhonghe knows, by id. */
public final class Profiles {
    private static final Map<String, Profile> ALL = new LinkedHashMap<>();

    static {
        register(new IpccProfile());
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
