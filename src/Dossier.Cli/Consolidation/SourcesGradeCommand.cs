using System.CommandLine;
using Dossier.Cli.Infrastructure;
using Dossier.Core.Domain.Sources;

namespace Dossier.Cli.Consolidation;

/// <summary>`dossier sources grade PUBLISHER B`: sets a publisher's Admiralty reliability grade (A–F).</summary>
internal sealed class SourcesGradeCommand : Command
{
    private readonly Argument<string> _publisher = new("publisher") { Description = "Publisher name as ingested (case and accents ignored)" };
    private readonly Argument<SourceReliability> _grade = new("grade") { Description = "A completely reliable … E unreliable, F cannot be judged" };
    private readonly Option<string> _user = new("--user") { Description = "Who makes the change (audit log)", DefaultValueFactory = _ => Environment.UserName };
    private readonly DatabaseOption _db;

    public SourcesGradeCommand(DatabaseOption db)
        : base("grade", "Grade a publisher's reliability (Admiralty A–F); breaks ties between sources")
    {
        _db = db;
        Arguments.Add(_publisher);
        Arguments.Add(_grade);
        Options.Add(_user);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var publisher = parseResult.GetValue(_publisher)!;
        var grade = parseResult.GetValue(_grade);
        await using var store = await _db.OpenExistingStoreAsync(parseResult, cancellationToken);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        await using var writer = await store.BeginWriteAsync(parseResult.GetValue(_user)!, cancellationToken);
        await writer.GradePublisherAsync(publisher, grade, cancellationToken);
        await writer.CommitAsync(cancellationToken);
        parseResult.InvocationConfiguration.Output.WriteLine($"Publisher '{publisher}' graded {grade}.");
        return ExitCodes.Ok;
    }
}
