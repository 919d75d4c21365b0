namespace Dossier.Storage.Tests.Shared;

/// <summary>The shared store suite on PostgreSQL (DOSSIER_TEST_PG; skipped when unset, failing when unset and CI=true).</summary>
[RequiresEnvironment(PostgresTestDatabase.Variable, "a PostgreSQL connection string for tests")]
public sealed class PostgresStoreTests : StoreTests<PostgresTestDatabase>;
