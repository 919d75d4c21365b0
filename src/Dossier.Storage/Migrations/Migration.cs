namespace Dossier.Storage.Migrations;

/// <summary>One numbered schema change: its number, its name and its SQL. Immutable.</summary>
public sealed record Migration(int Version, string Name, string Sql);
