package org.zhonghe.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhonghe.Messages;
import org.zhonghe.registry.CreditStatus;
import org.zhonghe.registry.MarketClaim;
import org.zhonghe.registry.MarketClaims;
import org.zhonghe.registry.Names;
import org.zhonghe.registry.RegistryMessages;
import org.zhonghe.registry.RegistryRecord;
import org.zhonghe.registry.json.ClaimJson;
import org.zhonghe.registry.json.RecordJson;
import org.zhonghe.store.Role;
import org.zhonghe.store.Store;
import org.zhonghe.store.StoredRegistry;

/**
 * The registry data imported into the store ({@code zhonghe registry import}), for the web UI's
 * Registries page and any client: what was imported, a serial's records, the retirements made
 * for a beneficiary, and the market view of neutrality and net-zero claims with totals per
 * claimant. The JSON of a record and of a claim is that of {@code registry show} and
 * {@code registry claims --format json}. Registry exports are public data: any role, no tenant.
 */
final class RegistryApi {
    private final Store store;
    /** The claims of the data imported, made again when an import changed the folders' hashes. */
    private volatile Claims cached;

    private record Claims(List<StoredRegistry.Folder> folders, long retirements, List<MarketClaim> claims) {}

    RegistryApi(Store store) {
        this.store = store;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/registry", Role.VIEWER, this::status),
                Route.get("/registry/records", Role.VIEWER, this::records),
                Route.get("/registry/search", Role.VIEWER, this::search),
                Route.get("/registry/claims", Role.VIEWER, this::claims));
    }

    private void status(Context ctx) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode a = root.putArray("registries");
        long total = 0;
        for (StoredRegistry.Folder f : store.registry().stored().folders()) {
            a.addObject().put("registry", f.registry().displayName()).put("folder", f.registry().folder())
                    .put("files", f.files()).put("records", f.records()).put("importedAt", f.importedAt().toString());
            total += f.records();
        }
        root.put("records", total);
        Json.send(ctx, 200, root);
    }

    /** {@code ?serial=}: the records holding its units, as {@code registry show} finds them (a sub-range finds its block). */
    private void records(Context ctx) {
        String serial = required(ctx, "serial");
        List<RegistryRecord> found = store.registry().stored().find(serial);
        Json.send(ctx, 200, listing("serial", serial, found));
    }

    /**
     * {@code ?beneficiary=}: the retirements and cancellations made for the name, as {@code registry
     * search}: looked up in the store's name index ({@link StoredRegistry#search}), not by reading every record.
     */
    private void search(Context ctx) {
        String name = required(ctx, "beneficiary");
        Json.send(ctx, 200, listing("beneficiary", name, store.registry().stored().search(name)));
    }

    /**
     * The market view, as {@code registry claims --format json}, and the totals per claimant; each
     * claim and total carries {@code claimantKey} (the claimant's name normalised, as the totals
     * group them). {@code ?claimant=NAME}: only that claimant's claims and total.
     */
    private void claims(Context ctx) {
        Claims all = claimsNow();
        String claimant = ctx.queryParam("claimant");
        List<MarketClaim> shown = all.claims().stream()
                .filter(c -> claimant == null || claimant.isBlank() || Names.normalize(c.claimant()).equals(Names.normalize(claimant))
                        || Names.matches(c.claimant(), claimant))
                .toList();
        Locale locale = Lang.of(ctx);
        RegistryMessages m = RegistryMessages.of(locale);
        Messages core = Messages.of(locale);
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("retirements", all.retirements());
        ArrayNode claims = root.putArray("claims");
        for (MarketClaim c : shown) claims.add(ClaimJson.of(c, m, core).put("claimantKey", Names.normalize(c.claimant())));
        ArrayNode totals = root.putArray("totals");
        for (MarketClaims.Total t : MarketClaims.totals(shown)) totals.add(ClaimJson.total(t).put("claimantKey", Names.normalize(t.claimant())));
        Json.send(ctx, 200, root);
    }

    private Claims claimsNow() {
        StoredRegistry stored = store.registry().stored();
        List<StoredRegistry.Folder> folders = stored.folders();
        Claims c = cached;
        if (c != null && c.folders().equals(folders)) return c;
        List<MarketClaim> claims = new ArrayList<>();
        long[] retired = new long[1];
        stored.forEach(r -> {
            if (r.status() == CreditStatus.RETIRED) retired[0]++;
            claims.addAll(MarketClaims.of(r));
        });
        c = new Claims(folders, retired[0], List.copyOf(claims));
        cached = c;
        return c;
    }

    private static ObjectNode listing(String field, String value, List<RegistryRecord> found) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put(field, value);
        ArrayNode a = root.putArray("records");
        for (RegistryRecord r : found) a.add(RecordJson.of(r));
        return root;
    }

    private static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) throw new BadRequest("query parameter '" + name + "' is required");
        return v.strip();
    }
}
