using System.CommandLine;

namespace Dossier.Cli.Infrastructure;

/// <summary>Whether output goes to a person at a terminal (progress bars) or to a pipe or test (plain lines).</summary>
internal static class Terminal
{
    public static bool IsInteractive(ParseResult parseResult) =>
        ReferenceEquals(parseResult.InvocationConfiguration.Output, Console.Out) && !Console.IsOutputRedirected;
}
