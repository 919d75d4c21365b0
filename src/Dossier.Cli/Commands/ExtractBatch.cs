using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Dossier.Text.Output;
using Dossier.Text.Pipeline;

namespace Dossier.Cli.Commands;

/// <summary>
/// Runs the extraction over files for <see cref="ExtractCommand"/>: printing one file, or writing
/// DIR/NAME.json for many on all cores. A file that cannot be read is reported in one line and the
/// batch goes on; the exit code is 1 if any failed.
/// </summary>
internal sealed class ExtractBatch(TextPipeline pipeline, DateOnly? published, TextWriter stdout, TextWriter stderr)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public int Print(IReadOnlyList<string> paths, bool json, CancellationToken cancellationToken)
    {
        var (files, failed) = Collect(paths);
        foreach (var file in files)
        {
            if (!TryRead(file.Path, out var text))
            {
                failed++;
                continue;
            }

            try
            {
                var result = pipeline.Extract(text, published, cancellationToken);
                stdout.WriteLine(json ? ExtractionJsonWriter.ToJson(result, text, Path.GetFileName(file.Path)) : ExtractionSummary.Describe(result, text, file.Path));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                stderr.WriteLine(Failure(file.Path, e));
                failed++;
            }
        }

        return failed > 0 ? 1 : 0;
    }

    public int WriteAll(IReadOnlyList<string> paths, string outDir, CancellationToken cancellationToken)
    {
        var (files, failed) = Collect(paths);
        Directory.CreateDirectory(outDir);
        var errors = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(files, options, file =>
        {
            if (!TryRead(file.Path, out var text, errors))
            {
                return;
            }

            var target = Path.Combine(outDir, Path.ChangeExtension(file.Relative, ".json"));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var partial = target + ".partial";
            try
            {
                // Written beside the target and moved in whole: a failure leaves no half-written file.
                var result = pipeline.Extract(text, published, cancellationToken);
                using (var stream = File.Create(partial))
                {
                    ExtractionJsonWriter.Write(stream, result, text, Path.GetFileName(file.Path));
                }

                File.Move(partial, target, overwrite: true);
                Interlocked.Add(ref bytes, text.Length);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One report the extractor cannot read is reported and the batch goes on with the rest.
                File.Delete(partial);
                errors.Enqueue(Failure(file.Path, e));
            }
        });

        foreach (var error in errors)
        {
            stderr.WriteLine(error);
        }

        failed += errors.Count;
        stdout.WriteLine($"extracted {files.Count - errors.Count} of {files.Count} file(s) to {outDir} in {clock.Elapsed.TotalSeconds:F1} s ({bytes / 1e6:F1} MB){(failed > 0 ? $", {failed} failed" : "")}");
        return failed > 0 ? 1 : 0;
    }

    private (List<(string Path, string Relative)> Files, int Failed) Collect(IReadOnlyList<string> paths)
    {
        var files = new List<(string, string)>();
        var failed = 0;
        var skipped = 0;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (IsText(file))
                    {
                        files.Add((file, Path.GetRelativePath(path, file)));
                    }
                    else
                    {
                        skipped++;
                    }
                }
            }
            else if (File.Exists(path))
            {
                if (IsText(path))
                {
                    files.Add((path, Path.GetFileName(path)));
                }
                else
                {
                    stderr.WriteLine($"note: {path}: skipped, not a .txt file");
                }
            }
            else
            {
                stderr.WriteLine($"error: {path}: no such file or folder");
                failed++;
            }
        }

        if (skipped > 0)
        {
            stderr.WriteLine($"note: skipped {skipped} file(s) in folders that are not .txt");
        }

        return (files, failed);
    }

    /// <summary>The one line that reports a report the extractor failed on, naming the file and the fault.</summary>
    private static string Failure(string path, Exception e) =>
        $"error: {path}: extraction failed ({e.GetType().Name}: {e.Message}); please report it with the file";

    private static bool IsText(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    private bool TryRead(string path, out string text) => TryRead(path, out text, null);

    private bool TryRead(string path, out string text, ConcurrentQueue<string>? errors)
    {
        text = "";
        string? problem;
        try
        {
            var bytes = File.ReadAllBytes(path);
            problem = bytes.AsSpan().IndexOf((byte)0) >= 0 ? "binary content (NUL bytes), not a text report" : null;
            if (problem is null)
            {
                text = StrictUtf8.GetString(bytes);
                if (text.Length > 0 && text[0] == '\uFEFF')
                {
                    text = text[1..];
                }
            }
        }
        catch (DecoderFallbackException)
        {
            problem = "not valid UTF-8 text";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot be read ({e.Message})";
        }

        if (problem is null)
        {
            return true;
        }

        var line = $"error: {path}: {problem}";
        if (errors is null)
        {
            stderr.WriteLine(line);
        }
        else
        {
            errors.Enqueue(line);
        }

        return false;
    }
}
