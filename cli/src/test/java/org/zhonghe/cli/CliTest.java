package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CliTest {

    @Test
    void a_run_of_one_subcommand_registers_only_that_one_and_its_help_still_works() {
        CommandLine one = Cli.commandLine(new String[] {"batch", "--help"});
        assertThat(one.getSubcommands()).containsOnlyKeys("batch", "help");
        StringWriter out = new StringWriter();
        one.setOut(new PrintWriter(out));
        assertThat(one.execute("batch", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: zhonghe batch", "--threads");
    }

    @Test
    void anything_else_gets_every_subcommand_so_that_help_and_typos_are_answered_in_full() {
        assertThat(Cli.commandLine(new String[] {"--help"}).getSubcommands()).containsOnlyKeys("audit", "batch", "check",
                "concepts", "generate", "gwp", "help", "inventory", "profiles", "registry", "serve", "report", "spark", "targets",
                "trajectory");
        assertThat(Cli.commandLine(new String[] {"chekc"}).getSubcommands()).hasSize(15);
        assertThat(Cli.commandLine(new String[0]).getSubcommands()).hasSize(15);
    }

    @Test
    void the_version_alone_reads_no_subcommand_and_is_the_one_every_command_prints() {
        for (String flag : new String[] {"--version", "-V"}) {
            CommandLine top = Cli.commandLine(new String[] {flag});
            assertThat(top.getSubcommands()).containsOnlyKeys("help");
            StringWriter out = new StringWriter();
            top.setOut(new PrintWriter(out));
            assertThat(top.execute(flag)).isZero();
            StringWriter viaBatch = new StringWriter();
            CommandLine batch = Cli.commandLine(new String[] {"batch", "--version"});
            batch.setOut(new PrintWriter(viaBatch));
            assertThat(batch.execute("batch", "--version")).isZero();
            assertThat(out.toString()).startsWith("zhonghe ").isEqualTo(viaBatch.toString());
        }
        // with anything after it, the whole command line as before
        assertThat(Cli.commandLine(new String[] {"--version", "--help"}).getSubcommands()).hasSize(15);
    }
}
