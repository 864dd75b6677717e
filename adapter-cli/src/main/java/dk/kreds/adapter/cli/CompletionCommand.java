package dk.kreds.adapter.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints the shell completion script for the whole command tree; it touches no database. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a completion script for the shell: commands, subcommands, options and their values.",
      "The bash script works in zsh too (after `autoload -U +X bashcompinit && bashcompinit`)."
    },
    footer = {"%nExamples:%n  source <(kreds completion bash)%n  kreds completion bash > ~/.local/share/bash-completion/completions/kreds"})
final class CompletionCommand implements Runnable {

  /** The shells there is a script for. */
  enum Shell { BASH }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "bash", description = "The shell; bash is the one there is.")
  private Shell shell;

  @Override
  public void run() {
    spec.commandLine().getOut().print(AutoComplete.bash("kreds", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
  }
}
