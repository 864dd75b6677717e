package dk.kreds.adapter.cli;

import picocli.CommandLine.Command;

/** Dialogue groups without a database: plan them like the tools organisers use today. */
@Command(
    name = "groups",
    mixinStandardHelpOptions = true,
    description = {
      "Plan dialogue groups without a database.",
      "Planlæg dialoggrupper uden en database."
    },
    footer = {"%nExample:%n  kreds groups solve --people 32 --groups 8 --rounds 9 --json"},
    subcommands = GroupsSolveCommand.class)
final class GroupsCommand {}
