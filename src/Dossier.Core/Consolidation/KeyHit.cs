namespace Dossier.Core.Consolidation;

/// <summary>One stored key that matched a probe, and the actor or place it belongs to. Immutable.</summary>
public readonly record struct KeyHit(string Key, long Id);
