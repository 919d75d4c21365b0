namespace Dossier.Storage.Tests.Shared;

/// <summary>Marks a test class whose <see cref="StoreFactAttribute"/> tests need an environment variable (a database address).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentAttribute(string variable, string purpose) : Attribute
{
    public string Variable { get; } = variable;

    public string Purpose { get; } = purpose;

    /// <summary>Why to skip, or null to run: unset variable and not in CI.</summary>
    public static string? SkipReason(string variable, string purpose)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 })
        {
            return null;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return $"{variable} is not set ({purpose}); skipped locally. ./test.sh starts PostgreSQL and sets it; with CI=true these tests fail instead of skipping.";
    }
}
