package org.zhonghe.store;

/** A request that cannot be carried out as asked (a malformed name, an unknown role). */
public final class BadRequest extends RuntimeException {
    public BadRequest(String what) {
        super(what);
    }
}
