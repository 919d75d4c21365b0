namespace Dossier.Text.Model;

/// <summary>The kinds of named things the pipeline records.</summary>
public enum EntityType
{
    Person,
    Organization,
    Location,
}
