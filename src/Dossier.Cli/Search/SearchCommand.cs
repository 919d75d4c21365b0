using System.CommandLine;
using Dossier.Cli.Infrastructure;

namespace Dossier.Cli.Search;

/// <summary>`dossier search QUERY`: documents containing every word, best first, with snippets.</summary>
internal sealed class SearchCommand : Command
{
    private readonly Argument<string[]> _query = new("query") { Arity = ArgumentArity.OneOrMore, Description = "Words that must all occur" };
    private readonly Option<int> _limit = new("--limit") { Description = "At most this many hits", DefaultValueFactory = _ => 20 };
    private readonly Option<bool> _json = new("--json") { Description = "Print as JSON (docs/cli-json.md)" };
    private readonly DatabaseOption _db;

    public SearchCommand(DatabaseOption db)
        : base("search", "Full-text search over document text, with snippets")
    {
        _db = db;
        Arguments.Add(_query);
        _limit.Validators.Add(r => { if (r.GetValueOrDefault<int>() <= 0) { r.AddError("--limit must be positive."); } });
        Options.Add(_limit);
        Options.Add(_json);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var query = string.Join(' ', parseResult.GetValue(_query)!);
        await using var store = await _db.OpenExistingStoreAsync(parseResult, cancellationToken);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        var hits = await store.SearchAsync(query, parseResult.GetValue(_limit), cancellationToken);
        if (parseResult.GetValue(_json))
        {
            CliJson.Write(output, hits.Select(h => new SearchHitJson(h.DocumentId, h.SourceSha256, h.FileName, h.Title, h.Snippet, h.Rank)).ToList());
            return ExitCodes.Ok;
        }

        foreach (var hit in hits)
        {
            output.WriteLine($"{hit.SourceSha256[..12]}  {hit.Title ?? hit.FileName}  (document {hit.DocumentId})");
            output.WriteLine($"    {hit.Snippet.ReplaceLineEndings(" ")}");
        }

        output.WriteLine($"{hits.Count} hit(s)");
        return ExitCodes.Ok;
    }
}
