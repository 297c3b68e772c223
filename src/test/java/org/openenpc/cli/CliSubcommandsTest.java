package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * The CLI adds only the subcommands the arguments can reach (start-up, issue 14); what the user
 * sees must not change: the root's help lists every command, errors are the same.
 */
class CliSubcommandsTest {

    @Test
    void versionNeedsNoSubcommandAndACommandOnlyItself() {
        assertThat(Cli.subcommandsFor("--version")).isEmpty();
        assertThat(Cli.subcommandsFor("--debug", "-V")).isEmpty();
        assertThat(Cli.subcommandsFor("scan", "--help")).containsExactly("scan");
        assertThat(Cli.subcommandsFor("--debug", "watch", "--range", "127.0.0.1")).containsExactly("watch");
    }

    @Test
    void helpAndUnknownWordsGetTheWholeTree() {
        assertThat(Cli.subcommandsFor("--help")).isEqualTo(Cli.SUBCOMMANDS);
        assertThat(Cli.subcommandsFor("-hV")).isEqualTo(Cli.SUBCOMMANDS);
        assertThat(Cli.subcommandsFor("help", "scan")).isEqualTo(Cli.SUBCOMMANDS);
        assertThat(Cli.subcommandsFor("scna")).isEqualTo(Cli.SUBCOMMANDS);
        assertThat(Cli.subcommandsFor("--frobnicate", "scan")).isEqualTo(Cli.SUBCOMMANDS);
    }

    @Test
    void everyNameIsTheCommandsOwnName() {
        CommandLine cl = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(cl.getSubcommands().keySet()).containsExactlyElementsOf(Cli.SUBCOMMANDS);
        cl.getSubcommands().forEach((name, sub) -> assertThat(
                sub.getCommand().getClass().getAnnotation(CommandLine.Command.class).name()).isEqualTo(name));
    }

    @Test
    void rootHelpStillListsEveryCommandAndVersionPrints() {
        assertThat(CliErrorsTest.run("--help").out()).contains("scan", "simulate", "diff", "history", "help");
        CliErrorsTest.Result version = CliErrorsTest.run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("OpenENPC ");
        CliErrorsTest.Result unknown = CliErrorsTest.run("scna");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("scna");
    }
}
