namespace Dossier.Core.Consolidation;

/// <summary>One stored key that matched a probe, the actor or place it belongs to, and a place's country. Immutable.</summary>
public readonly record struct KeyHit(string Key, long Id, string? Country = null);
