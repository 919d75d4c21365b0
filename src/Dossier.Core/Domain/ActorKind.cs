namespace Dossier.Core.Domain;

/// <summary>What an actor is.</summary>
public enum ActorKind
{
    Person,
    Organization,
}
