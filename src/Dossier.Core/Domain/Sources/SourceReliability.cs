namespace Dossier.Core.Domain.Sources;

/// <summary>
/// Admiralty-code reliability grade of a source: A (completely reliable) to E (unreliable),
/// F (reliability cannot be judged).
/// </summary>
public enum SourceReliability
{
    A,
    B,
    C,
    D,
    E,
    F,
}
