using Dossier.Core.Ingest;
using Dossier.Core.Integrity;
using Dossier.Storage.Sqlite;
using Dossier.Storage.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Tests;

/// <summary>Verification finds every kind of tampering done by editing the database file directly.</summary>
public sealed class IntegrityTests
{
    private static async Task<(TempDatabase Db, SqliteDossierStore Store)> ArchiveWithThreeReportsAsync()
    {
        var db = new TempDatabase();
        var store = await db.OpenAsync();
        var service = new IngestService(store, TimeProvider.System);
        foreach (var (name, text) in new[] { ("a.txt", "One killed."), ("b.txt", "Two arrested."), ("c.txt", "Three missing.") })
        {
            await service.IngestAsync(Reports.Request(name, text), CancellationToken.None);
        }

        Assert.True((await store.VerifyAsync(CancellationToken.None)).IsIntact);
        return (db, store);
    }

    [Fact]
    public async Task Verify_FindsAChangedSourceByte()
    {
        var (db, store) = await ArchiveWithThreeReportsAsync();
        await using var _ = db;
        var sha = (string)(await Sql.ScalarAsync(db.Path, "SELECT sha256 FROM sources WHERE file_name = 'b.txt'"))!;
        await Sql.ExecuteAsync(db.Path, "UPDATE sources SET content = @c WHERE file_name = 'b.txt'", ("@c", "Two arrestee."u8.ToArray()));

        var report = await store.VerifyAsync(CancellationToken.None);

        var problem = Assert.Single(report.Problems);
        Assert.Equal((IntegrityProblemKind.SourceHashMismatch, sha), (problem.Kind, problem.EntityId));
    }

    [Fact]
    public async Task Verify_FindsChangedDocumentText()
    {
        var (db, store) = await ArchiveWithThreeReportsAsync();
        await using var _ = db;
        await Sql.ExecuteAsync(db.Path, "UPDATE documents SET text = 'Nobody killed.' WHERE id = 1");

        var problem = Assert.Single((await store.VerifyAsync(CancellationToken.None)).Problems);

        Assert.Equal((IntegrityProblemKind.DocumentHashMismatch, "1"), (problem.Kind, problem.EntityId));
    }

    [Fact]
    public async Task Verify_FindsAnEditedAuditRow_OnceTheAppendOnlyGuardIsDropped()
    {
        var (db, store) = await ArchiveWithThreeReportsAsync();
        await using var _ = db;
        var guarded = await Assert.ThrowsAsync<SqliteException>(() => Sql.ExecuteAsync(db.Path, "UPDATE audit_log SET actor = 'mallory' WHERE id = 3"));
        Assert.Contains("append-only", guarded.Message);
        await Sql.ExecuteAsync(db.Path, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' WHERE id = 3");

        var problem = Assert.Single((await store.VerifyAsync(CancellationToken.None)).Problems);

        Assert.Equal((IntegrityProblemKind.AuditHashMismatch, "3"), (problem.Kind, problem.EntityId));
    }

    [Fact]
    public async Task Verify_FindsARemovedAuditRow_AtTheRowAfterTheGap()
    {
        var (db, store) = await ArchiveWithThreeReportsAsync();
        await using var _ = db;
        await Sql.ExecuteAsync(db.Path, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 4");

        var problems = (await store.VerifyAsync(CancellationToken.None)).Problems;

        Assert.Equal(
            [(IntegrityProblemKind.AuditChainBroken, "audit_log", "5"), (IntegrityProblemKind.MissingAuditRow, "document", "2")],
            problems.Select(p => (p.Kind, p.Entity, p.EntityId)));
    }

    [Fact]
    public async Task Verify_FindsTheLastAuditRowsCutOff_ByTheRecordsTheyDescribed()
    {
        var (db, store) = await ArchiveWithThreeReportsAsync();
        await using var _ = db;
        await Sql.ExecuteAsync(db.Path, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id >= 5");

        var problems = (await store.VerifyAsync(CancellationToken.None)).Problems;

        Assert.Equal(
            [(IntegrityProblemKind.MissingAuditRow, "source", "3"), (IntegrityProblemKind.MissingAuditRow, "document", "3")],
            problems.Select(p => (p.Kind, p.Entity, p.EntityId)));
    }

    [Fact]
    public async Task Verify_CountsWhatItChecked()
    {
        var (db, store) = await ArchiveWithThreeReportsAsync();
        await using var _ = db;

        var report = await store.VerifyAsync(CancellationToken.None);

        Assert.Equal((3L, 3L, 6L), (report.SourcesChecked, report.DocumentsChecked, report.AuditRowsChecked));
    }
}
