namespace Dossier.Text.Tests.Support;

/// <summary>Finds the shared evaluation folder (../shared/eval beside the repository root) when it exists.</summary>
internal static class SharedEval
{
    public static string? SeedsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                var seeds = Path.Combine(dir.FullName, "..", "shared", "eval", "seeds");
                return Directory.Exists(seeds) ? Path.GetFullPath(seeds) : null;
            }
        }

        return null;
    }

    /// <summary>The seed report names, or one empty name when the folder is absent (the test then has nothing to check).</summary>
    public static TheoryData<string> SeedNames()
    {
        var data = new TheoryData<string>();
        var dir = SeedsDirectory();
        if (dir is null)
        {
            data.Add("");
            return data;
        }

        foreach (var path in Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }
}
