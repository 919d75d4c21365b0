namespace Dossier.Core.Domain;

/// <summary>A person or organisation known across reports, with every name the reports use for it. Immutable.</summary>
public sealed record Actor(long Id, ActorKind Kind, string Name)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
