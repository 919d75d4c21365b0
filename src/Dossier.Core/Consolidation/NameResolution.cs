namespace Dossier.Core.Consolidation;

/// <summary>How a name was resolved against known actors or places.</summary>
public enum NameResolutionKind
{
    /// <summary>No known actor or place has this name: a new one should be created.</summary>
    New,

    /// <summary>Exactly one candidate shares a key.</summary>
    Resolved,

    /// <summary>Several candidates fit and nothing tells them apart: left unresolved, not guessed.</summary>
    Ambiguous,
}

/// <summary>The outcome of resolving a name: which id, through which key, or the candidates. Immutable.</summary>
public sealed record NameResolution(NameResolutionKind Kind, long? Id, string? Key, IReadOnlyList<long> Candidates)
{
    /// <summary>For a resolved place, its country on record (when known).</summary>
    public string? Country { get; init; }

    public static NameResolution New { get; } = new(NameResolutionKind.New, null, null, []);
}
