package org.zhonghe.cli.registry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhonghe registry show|search|claims|import}: the carbon-credit registries' own records. */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = {"The registries' own records of credits (Verra, Gold Standard, ACR, CAR, ART, Isometric, Cercarbono): "
                + "look up a serial, search retirements by beneficiary, list the neutrality claims retirements make.",
                "登记簿自身的额度记录（Verra、Gold Standard、ACR、CAR、ART、Isometric、Cercarbono）：按序列号查询、按受益方检索注销记录、列出注销记录所作的中和声明。"},
        subcommands = {RegistryShowCommand.class, RegistrySearchCommand.class, RegistryClaimsCommand.class,
                RegistryImportCommand.class})
public final class RegistryCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
