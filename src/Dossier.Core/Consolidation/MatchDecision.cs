namespace Dossier.Core.Consolidation;

/// <summary>
/// Whether an event joins an incident, which fields agreed (kept as the reason for the merge), what
/// contradicted when it does not, and a score to pick the best of several candidates. Immutable.
/// </summary>
public sealed record MatchDecision(bool Joins, IReadOnlyList<string> Agreed, string? Conflict, int Score)
{
    public static MatchDecision No(string conflict) => new(false, [], conflict, 0);

    /// <summary>The reason as stored with the merge: "type family life; date 2013-09-01; place".</summary>
    public string Reason => string.Join("; ", Agreed);
}
