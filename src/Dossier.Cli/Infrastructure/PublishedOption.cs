using System.CommandLine;
using Dossier.Core.Domain.Sources;
using Dossier.Text.Model;

namespace Dossier.Cli.Infrastructure;

/// <summary>
/// --published DATE, the same for every verb that takes it (ingest, extract, demo's index): read by
/// <see cref="PublishedDateParser"/>, checked at parse time so a bad date exits 2 before any work.
/// </summary>
internal sealed class PublishedOption : Option<string?>
{
    public PublishedOption(string description)
        : base("--published")
    {
        Description = $"{description}: {PublishedDateParser.Formats} (a full date also anchors relative dates such as 'on Sunday')";
        Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !PublishedDateParser.TryParse(text, out _))
            {
                result.AddError($"--published '{text}' is not a date: use {PublishedDateParser.Formats}.");
            }
        });
    }

    /// <summary>The date given, if any (already validated).</summary>
    public DateValue? Read(ParseResult parseResult) =>
        PublishedDateParser.TryParse(parseResult.GetValue(this), out var date) ? date : null;
}
