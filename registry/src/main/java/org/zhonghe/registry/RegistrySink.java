package org.zhonghe.registry;

/** Receives what the readers find, row by row, so that a large export need not be held in memory. */
public interface RegistrySink {
    void project(RegistryProject project);

    void record(RegistryRecord record);

    void rejected(Rejection rejection);

    /** Called once per file, after its last row. */
    void fileRead(FileCount count);
}
