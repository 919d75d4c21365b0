namespace Dossier.Cli.Ingest;

/// <summary>
/// Expands the paths given to ingest into files: folders recursively (hidden files and folders
/// skipped), in ordinal path order so every run visits files in the same order; "-" is
/// standard input. Paths that do not exist are reported, not thrown.
/// </summary>
internal static class InputFiles
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        MatchType = MatchType.Simple,
    };

    public static (List<InputFile> Files, List<string> Missing) Expand(IEnumerable<string> paths, Func<string, bool>? include = null)
    {
        var files = new List<InputFile>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (path == InputFile.StandardInputName)
            {
                files.Add(new InputFile(path, null));
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", Recursive)
                    .Where(f => !IsHidden(Path.GetRelativePath(path, f)) && (include?.Invoke(f) ?? true))
                    .Order(StringComparer.Ordinal);
                files.AddRange(found.Select(f => new InputFile(f, f)));
            }
            else if (File.Exists(path) || IsDanglingLink(path))
            {
                files.Add(new InputFile(path, path));
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files, missing);
    }

    // Dotfiles are not reports (editor swap files, .DS_Store); Linux has no hidden attribute.
    private static bool IsHidden(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));

    private static bool IsDanglingLink(string path) => new FileInfo(path).LinkTarget is not null;
}
