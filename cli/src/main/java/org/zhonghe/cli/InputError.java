package org.zhonghe.cli;

/** Invalid input or usage found while running a command: its message is printed and the exit status is 2. */
public final class InputError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputError(String message) {
        super(message, null, false, false);
    }
}
