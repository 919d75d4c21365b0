using System.Text;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;
using Dossier.Core.Storage;

namespace Dossier.Storage.Tests.Shared;

/// <summary>
/// The store's behaviour, written once and run against every database: each subclass names a
/// <see cref="ITestDatabase"/>. Every test gets a fresh, empty database. Partial: one file per
/// area (Sources, Search, Audit, Migrations, Transactions, Accounts, Review).
/// </summary>
public abstract partial class StoreTests<TDb> : IAsyncLifetime
    where TDb : ITestDatabase, new()
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected TDb Db { get; } = new();

    public Task InitializeAsync() => Db.CreateAsync();

    public async Task DisposeAsync() => await Db.DisposeAsync();

    protected Task<SqlDossierStore> OpenAsync(TimeProvider? time = null) => Db.OpenStoreAsync(time ?? TimeProvider.System);

    protected static IngestRequest Report(string name, string text, string addedBy = "tester") =>
        new(name, new MemoryStream(Encoding.UTF8.GetBytes(text)), new SourceMetadata(addedBy) { Publisher = "Test Wire" });

    protected static async Task<IngestResult> IngestAsync(IDossierStore store, string name, string text, string addedBy = "tester")
    {
        var result = await new IngestService(store, TimeProvider.System).IngestAsync(Report(name, text, addedBy), None);
        Assert.True(result.Outcome != IngestOutcome.Failed, result.Reason);
        return result;
    }

    protected async Task<long> CountAsync(string table) =>
        long.Parse((await Db.QueryStringsAsync($"SELECT COUNT(*) FROM {table}"))[0], System.Globalization.CultureInfo.InvariantCulture);
}
