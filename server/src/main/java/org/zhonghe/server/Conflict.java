package org.zhonghe.server;

/** The request contradicts what is stored: 409. */
public final class Conflict extends RuntimeException {
    public Conflict(String what) {
        super(what);
    }
}
