package org.zhonghe.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line, with what it printed and its exit status. */
record Run(int exit, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Run of(String... args) {
        return of(Cli.commandLine(), args);
    }

    /**
     * A run of a command line made once (picocli resets its options before each parse): for a
     * test that runs one command hundreds of times, since making the command line costs as much
     * as a small check.
     */
    static Run of(picocli.CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return JSON.readTree(out);
        } catch (Exception e) {
            throw new AssertionError("output is not JSON: " + out + "\nstderr: " + err, e);
        }
    }
}
