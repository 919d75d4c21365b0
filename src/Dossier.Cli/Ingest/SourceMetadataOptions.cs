using System.CommandLine;
using Dossier.Cli.Infrastructure;
using Dossier.Core.Domain.Sources;

namespace Dossier.Cli.Ingest;

/// <summary>The options that describe the reports being ingested, validated at parse time (bad values exit 2).</summary>
internal sealed class SourceMetadataOptions
{
    public Option<string?> Publisher { get; } = new("--publisher") { Description = "Who published the report(s)" };

    public PublishedOption Published { get; } = new("Publication date");

    public Option<string?> Url { get; } = new("--url") { Description = "Where the report was found" };

    public Option<string?> Title { get; } = new("--title") { Description = "Title (default: the HTML/PDF title, if any)" };

    public Option<string?> Reliability { get; } = new("--reliability") { Description = "Source reliability, Admiralty grade A-F" };

    public Option<string?> User { get; } = new("--user") { Description = "Who adds the reports (default: the OS user)" };

    public void AddTo(Command command)
    {
        Reliability.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !SourceReliabilityParser.TryParse(text, out _))
            {
                result.AddError($"--reliability '{text}' must be one letter from A to F.");
            }
        });
        foreach (var option in new[] { Publisher, Published, Url, Title, Reliability, User })
        {
            command.Options.Add(option);
        }
    }

    public SourceMetadata Read(ParseResult parseResult)
    {
        var user = parseResult.GetValue(User);
        return new SourceMetadata(string.IsNullOrWhiteSpace(user) ? Environment.UserName : user)
        {
            Publisher = parseResult.GetValue(Publisher),
            Published = Published.Read(parseResult),
            Url = parseResult.GetValue(Url),
            Title = parseResult.GetValue(Title),
            Reliability = SourceReliabilityParser.TryParse(parseResult.GetValue(Reliability), out var grade) ? grade : null,
        };
    }
}
