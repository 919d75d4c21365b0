namespace Dossier.Storage.Tests.Shared;

/// <summary>The shared store suite on SQLite files.</summary>
public sealed class SqliteStoreTests : StoreTests<SqliteTestDatabase>;
