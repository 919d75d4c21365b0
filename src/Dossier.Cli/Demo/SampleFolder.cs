namespace Dossier.Cli.Demo;

/// <summary>Finds samples/reports in the given folder or the nearest folder above it that has one.</summary>
internal static class SampleFolder
{
    public static string? Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "samples", "reports");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
