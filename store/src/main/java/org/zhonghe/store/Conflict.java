package org.zhonghe.store;

/** The request contradicts what is stored (a name already taken). */
public final class Conflict extends RuntimeException {
    public Conflict(String what) {
        super(what);
    }
}
