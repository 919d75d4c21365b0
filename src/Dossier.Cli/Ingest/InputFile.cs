namespace Dossier.Cli.Ingest;

/// <summary>One input named on the command line or found in a folder; <see cref="Path"/> is null for standard input.</summary>
internal sealed record InputFile(string DisplayName, string? Path)
{
    public const string StandardInputName = "-";

    public bool IsStandardInput => Path is null;

    public string FileName => Path is null ? "stdin" : System.IO.Path.GetFileName(Path);
}
