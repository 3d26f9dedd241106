package org.zhonghe.store;

/** A value the store cannot accept as given: a malformed name, an unknown entity type, a missing reason. */
public final class InvalidValue extends RuntimeException {
    public InvalidValue(String what) {
        super(what);
    }
}
