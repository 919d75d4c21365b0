using Xunit.Abstractions;
namespace Dossier.Text.Tests;
public sealed class ZzDebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var path = Environment.GetEnvironmentVariable("DBG_FILE");
        if (path is null) return;
        var doc = Dossier.Text.Pipeline.PipelineFactory.Default.Run(File.ReadAllText(path));
        foreach (var tk in doc.Tokens) output.WriteLine($"TOK [{doc.Text[tk.Start..tk.End]}] {tk.Kind}");
        foreach (var q in doc.Quantities) output.WriteLine($"Q {doc.Text[q.Span.Start..q.Span.End]}");
        foreach (var s in doc.Sentences) output.WriteLine($"[{s.Paragraph}] {doc.Text[s.Start..s.End].Replace("\n", "\\n")}");
    }
}
