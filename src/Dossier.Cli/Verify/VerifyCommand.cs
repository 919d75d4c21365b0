using System.CommandLine;
using Dossier.Cli.Infrastructure;

namespace Dossier.Cli.Verify;

/// <summary>`dossier verify`: rehashes every source and document and walks the audit chain; exit 1 on any mismatch.</summary>
internal sealed class VerifyCommand : Command
{
    private readonly Option<bool> _json = new("--json") { Description = "Print the report as JSON (docs/cli-json.md)" };
    private readonly DatabaseOption _db;

    public VerifyCommand(DatabaseOption db)
        : base("verify", "Check archived sources, document text and the audit chain for tampering; exit 1 on any mismatch")
    {
        _db = db;
        Options.Add(_json);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        await using var store = await _db.OpenExistingStoreAsync(parseResult, cancellationToken);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        var report = await store.VerifyAsync(cancellationToken);
        if (parseResult.GetValue(_json))
        {
            CliJson.Write(output, report);
        }
        else
        {
            foreach (var problem in report.Problems)
            {
                output.WriteLine($"MISMATCH {problem.Kind} {problem.Entity} {problem.EntityId}: {problem.Detail}");
            }

            output.WriteLine($"{report.SourcesChecked} source(s), {report.DocumentsChecked} document(s), {report.AuditRowsChecked} audit row(s) checked: "
                + (report.IsIntact ? "all intact" : $"{report.Problems.Count} problem(s)"));
        }

        return report.IsIntact ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
