using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;
using Spectre.Console;

namespace Dossier.Cli.Ingest;

/// <summary>
/// Runs a list of inputs through <see cref="ParallelIngest"/> (reading and extraction on all cores, one
/// transaction per file, written in input order): a bad file is reported on one line and the batch goes
/// on. Shows a progress bar at a terminal; stops cleanly between files on Ctrl+C (the file being
/// written is rolled back or committed whole).
/// </summary>
internal sealed class IngestBatch(IngestService service, Func<InputFile, SourceMetadata> metadataFor, TextWriter output, TextWriter error, bool quiet)
{
    private readonly List<IngestItemJson> _items = [];
    private bool _progressShown;

    public async Task<IngestSummary> RunAsync(IReadOnlyList<InputFile> files, bool showProgress, CancellationToken cancellationToken)
    {
        var cancelled = false;
        try
        {
            if (showProgress && files.Count > 1)
            {
                _progressShown = true;
                await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("Ingesting", maxValue: files.Count);
                        await IngestAllAsync(files, () => task.Increment(1), cancellationToken);
                    });
            }
            else
            {
                await IngestAllAsync(files, () => { }, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }

        return new IngestSummary(
            Count(IngestOutcome.Added),
            Count(IngestOutcome.Duplicate),
            Count(IngestOutcome.Failed),
            _items.Count(i => i.Warnings.Count > 0),
            _items.Where(i => i.Outcome == IngestOutcome.Added).Sum(i => i.SizeBytes),
            cancelled,
            _items);
    }

    public void AddFailure(string displayName, string reason) =>
        Report(new IngestItemJson(displayName, IngestOutcome.Failed, null, null, null, 0, reason, []));

    private async Task IngestAllAsync(IReadOnlyList<InputFile> files, Action done, CancellationToken cancellationToken)
    {
        var inputs = files.Select(file => new IngestInput(file.FileName, () => Open(file), metadataFor(file))).ToList();
        var index = 0;
        await foreach (var result in new ParallelIngest(service, Environment.ProcessorCount).RunAsync(inputs, cancellationToken))
        {
            // Results come in input order.
            Report(IngestItemJson.From(files[index++].DisplayName, result));
            done();
        }
    }

    private static Stream Open(InputFile file) =>
        file.IsStandardInput
            ? Console.OpenStandardInput()
            : new FileStream(file.Path!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    private void Report(IngestItemJson item)
    {
        _items.Add(item);
        if (quiet)
        {
            return;
        }

        switch (item.Outcome)
        {
            case IngestOutcome.Failed:
                Line(error, $"FAILED {item.File}: {item.Reason}");
                break;
            case IngestOutcome.Duplicate:
                Line(output, $"DUPLICATE {item.File}: {item.Reason}");
                break;
        }

        foreach (var warning in item.Warnings)
        {
            Line(error, $"WARN {item.File}: {warning}");
        }
    }

    private void Line(TextWriter writer, string text)
    {
        // While the progress bar is live, lines go through Spectre so they print above the bar.
        if (_progressShown)
        {
            AnsiConsole.WriteLine(text);
        }
        else
        {
            writer.WriteLine(text);
        }
    }

    private int Count(IngestOutcome outcome) => _items.Count(i => i.Outcome == outcome);
}
