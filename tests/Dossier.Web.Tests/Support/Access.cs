namespace Dossier.Web.Tests.Support;

/// <summary>One row of the access table: a request and the status each role must get.</summary>
public sealed record Access(string Method, string Path, int Anonymous, int Viewer, int Analyst, int Admin, Func<SampleRecords, string, Dictionary<string, string>>? Form = null, string? Json = null)
{
    public int ExpectedFor(string role) => role switch
    {
        "anonymous" => Anonymous,
        "viewer" => Viewer,
        "analyst" => Analyst,
        "admin" => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>The path with {incident}, {other}, {claim}, {source}, {actor} replaced from the sample record.</summary>
    public string Resolve(SampleRecords r) => Path
        .Replace("{incident}", r.IncidentId.ToString(), StringComparison.Ordinal)
        .Replace("{other}", r.OtherIncidentId.ToString(), StringComparison.Ordinal)
        .Replace("{claim}", r.KilledClaimId.ToString(), StringComparison.Ordinal)
        .Replace("{source}", r.SourceId.ToString(), StringComparison.Ordinal)
        .Replace("{actor}", r.ActorId.ToString(), StringComparison.Ordinal);
}
