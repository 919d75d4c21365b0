using System.Data.Common;
using Dossier.Storage.Migrations;

namespace Dossier.Storage;

/// <summary>
/// What differs between databases behind the one logical schema: how connections are opened and
/// configured, how writers are serialised, the migrations, and the full-text index.
/// </summary>
public abstract class SqlDialect
{
    public abstract string Name { get; }

    /// <summary>Numbered migrations, in order.</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    public abstract IFullTextIndex FullText { get; }

    /// <summary>An open connection with the per-connection settings applied.</summary>
    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Starts a write transaction that excludes other writers until it ends, so that audit rows
    /// form one chain and a duplicate check inside the transaction stays true until commit.
    /// </summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Lets go of pooled connections (and with them any file handles).</summary>
    public virtual ValueTask ReleaseAsync() => ValueTask.CompletedTask;
}
