package org.zhonghe.server;

/** No such resource in the caller's tenant (another tenant's resource is not found either): 404. */
public final class NotFound extends RuntimeException {
    public NotFound(String what) {
        super(what);
    }
}
