namespace Dossier.Cli.Demo;

/// <summary>One line of samples/reports/index.csv: file,publisher,published,url,title,reliability.</summary>
internal sealed record SampleIndexRow(string File, string? Publisher, string? Published, string? Url, string? Title, string? Reliability);
