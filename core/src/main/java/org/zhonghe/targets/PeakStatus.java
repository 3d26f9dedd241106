package org.zhonghe.targets;

/** Whether an emissions series has peaked (碳达峰). */
public enum PeakStatus {
    /** The maximum lies at least the minimum number of decline years before the last year, and every later year is below it. */
    PEAKED,
    /** The series is long enough, but its maximum is too recent or is matched or exceeded later. */
    NOT_PEAKED,
    /** The series has fewer years than the minimum number of decline years plus one. */
    INSUFFICIENT_DATA
}
