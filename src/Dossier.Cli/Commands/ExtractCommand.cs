using System.CommandLine;
using System.Globalization;
using Dossier.Text.Pipeline;

namespace Dossier.Cli.Commands;

/// <summary>`dossier extract PATH... [--published YYYY-MM-DD] [--out DIR] [--json]`: what each report says, as JSON or a summary.</summary>
public static class ExtractCommand
{
    public static Command Build()
    {
        var paths = new Argument<string[]>("paths") { Description = "Report files (.txt) or folders of them", Arity = ArgumentArity.ZeroOrMore };
        var published = new Option<string?>("--published") { Description = "The reports' publication date (YYYY-MM-DD), if known" };
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
            DateOnly? date = null;
            if (parse.GetValue(published) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    stderr.WriteLine($"error: --published must be a date as YYYY-MM-DD, not '{text}'");
                    return Task.FromResult(2);
                }

                date = parsed;
            }

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
