package org.zhonghe.registry;

/**
 * The rows of one export file: every data row is either read or rejected, so
 * {@code read + rejected == rows}.
 *
 * @param file     the file, relative to the data folder
 * @param rows     data rows (the header not counted; a quoted cell may span lines)
 * @param read     rows read into records
 * @param rejected rows reported as rejections
 */
public record FileCount(String file, long rows, long read, long rejected) {
    public FileCount {
        if (read + rejected != rows) throw new IllegalArgumentException(file + ": read + rejected ≠ rows");
    }
}
