using System.CommandLine;
using Dossier.Cli.Infrastructure;
using Dossier.Core.Domain.Sources;
using Dossier.Text.Pipeline;

namespace Dossier.Cli.Commands;

/// <summary>`dossier extract PATH... [--published DATE] [--out DIR] [--json]`: what each report says, as JSON or a summary.</summary>
public static class ExtractCommand
{
    public static Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Report files (.txt) or folders of them", Arity = ArgumentArity.ZeroOrMore };
        var published = new PublishedOption("The reports' publication date, if known");
        var output = new Option<string?>("--out") { Description = "Write DIR/NAME.json for every NAME.txt (folders are recursed)" };
        var json = new Option<bool>("--json") { Description = "Print the extraction as JSON instead of a summary" };
        var command = new Command("extract", "Extract incidents, people, places and demands from reports (no database needed)")
        {
            paths, published, output, json,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            // The same rule as ingest: only a date known to the day anchors the pipeline.
            var date = PublishedDateParser.AnchorDay(published.Read(parse));
            var inputs = parse.GetValue(paths) ?? [];
            if (inputs.Length == 0)
            {
                stderr.WriteLine("error: give at least one report file or folder (dossier extract PATH... [--out DIR] [--json])");
                return Task.FromResult(2);
            }

            var batch = new ExtractBatch(PipelineFactory.Default, date, stdout, stderr);
            var outDir = parse.GetValue(output);
            var code = outDir is null
                ? batch.Print(inputs, parse.GetValue(json), cancellationToken)
                : batch.WriteAll(inputs, outDir, cancellationToken);
            return Task.FromResult(code);
        });
        return command;
    }
}
