namespace Dossier.Text.Tests.Entities;

/// <summary>
/// The shared evaluation seeds, found at ../shared/eval/seeds relative to the repository root. They are
/// read at test time only and never copied into the project; tests skip when they are absent.
/// </summary>
internal static class SeedCorpus
{
    public static string? Directory { get; } = Locate();

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                var seeds = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval", "seeds"));
                return System.IO.Directory.Exists(seeds) ? seeds : null;
            }
        }

        return null;
    }
}

/// <summary>A fact that runs only where the shared evaluation seeds exist.</summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (SeedCorpus.Directory is null)
        {
            Skip = "../shared/eval/seeds is not present";
        }
    }
}
