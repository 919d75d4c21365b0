using System.Data.Common;
using Dossier.Storage.Migrations;
using Dossier.Storage.Sqlite;

namespace Dossier.Storage.Tests.Fixtures;

/// <summary>The SQLite dialect with extra migrations appended, to test how migrations are applied.</summary>
public sealed class ExtraMigrationsDialect(SqliteDialect inner, params Migration[] extra) : SqlDialect
{
    public override string Name => inner.Name;

    public override IReadOnlyList<Migration> Migrations { get; } = [.. inner.Migrations, .. extra];

    public override IFullTextIndex FullText => inner.FullText;

    public override Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => inner.OpenConnectionAsync(cancellationToken);

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) => inner.BeginWriteAsync(connection, cancellationToken);

    public override ValueTask ReleaseAsync() => inner.ReleaseAsync();
}
