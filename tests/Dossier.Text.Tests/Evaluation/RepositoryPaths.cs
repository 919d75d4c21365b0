namespace Dossier.Text.Tests.Evaluation;

/// <summary>Where the samples, the shared evaluation folder and its scorer are, relative to the repository root.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples", "reports");

    /// <summary>The development set written by other hands (samples/dev), tuned on since it was added.</summary>
    public static string DevSamples => Path.Combine(Root, "samples", "dev");

    /// <summary>../shared/eval beside the repository, or null where it is absent (as in CI).</summary>
    public static string? SharedEval =>
        Directory.Exists(Path.Combine(Root, "..", "shared", "eval")) ? Path.GetFullPath(Path.Combine(Root, "..", "shared", "eval")) : null;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Dossier.slnx) was not found above the test binaries.");
    }
}
