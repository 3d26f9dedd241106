package org.zhonghe.server;

/** A request that cannot be carried out as asked: 400 (a malformed name, an unknown role). */
public final class BadRequest extends RuntimeException {
    public BadRequest(String what) {
        super(what);
    }
}
