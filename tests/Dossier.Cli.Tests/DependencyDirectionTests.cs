using System.Reflection;

namespace Dossier.Cli.Tests;

/// <summary>References go one way: Text ← Core ← Storage ← Storage.Sqlite / Storage.Postgres; only Cli and Web wire things together.</summary>
public sealed class DependencyDirectionTests
{
    public static TheoryData<string, string[]> Allowed => new()
    {
        { "Dossier.Text", [] },
        { "Dossier.Core", ["Dossier.Text"] },
        { "Dossier.Storage", ["Dossier.Text", "Dossier.Core"] },
        { "Dossier.Storage.Sqlite", ["Dossier.Text", "Dossier.Core", "Dossier.Storage"] },
        { "Dossier.Storage.Postgres", ["Dossier.Text", "Dossier.Core", "Dossier.Storage"] },
        { "Dossier.Web", ["Dossier.Text", "Dossier.Core", "Dossier.Storage", "Dossier.Storage.Sqlite", "Dossier.Storage.Postgres"] },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Assembly_ReferencesOnlyTheLayersBelowIt(string assembly, string[] allowed)
    {
        var references = Assembly.Load(assembly).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("Dossier.", StringComparison.Ordinal) || name == "dossier");

        Assert.All(references, name => Assert.Contains(name, allowed));
    }

    [Fact]
    public void Core_DoesNotTouchStorageDrivers()
    {
        var references = Assembly.Load("Dossier.Core").GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain("Microsoft.Data.Sqlite", references);
        Assert.DoesNotContain("Npgsql", references);
    }
}
