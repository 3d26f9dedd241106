package org.zhonghe.store;

import java.util.Objects;

/**
 * The user a token belongs to.
 *
 * @param userId   the user's id
 * @param userName the user's name
 * @param tenantId the user's tenant
 * @param tenant   the tenant's name
 * @param role     what the user may do
 * @param operator true for the tenant created on first start, whose admins may create tenants
 */
public record Principal(long userId, String userName, long tenantId, String tenant, Role role, boolean operator) {
    public Principal {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(role, "role");
    }
}
