package org.zhonghe.store;

/** An act that contradicts what is stored: a name already taken, an evaluation already withdrawn, a credit already decided. */
public final class StateConflict extends RuntimeException {
    public StateConflict(String what) {
        super(what);
    }
}
