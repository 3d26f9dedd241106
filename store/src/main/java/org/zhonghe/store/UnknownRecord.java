package org.zhonghe.store;

/** The caller's tenant holds no such record (another tenant's record is unknown too: it is not to be seen). */
public final class UnknownRecord extends RuntimeException {
    public UnknownRecord(String what) {
        super(what);
    }
}
