using System.Data.Common;
using Dossier.Core.Integrity;
using Dossier.Storage.Audit;

namespace Dossier.Storage.Tests.Shared;

public abstract partial class StoreTests<TDb>
{
    [StoreFact]
    public async Task Audit_EveryWrite_AppendsARowChainedToThePreviousOne()
    {
        var store = await OpenAsync();
        await IngestAsync(store, "a.txt", "First report.", addedBy: "amira");
        await IngestAsync(store, "b.txt", "Second report.", addedBy: "jonas");

        var rows = await store.ReadAuditAsync(null, null, 100, None);

        Assert.Equal([1L, 2L, 3L, 4L], rows.Select(r => r.Id));
        Assert.Equal(["source", "document", "source", "document"], rows.Select(r => r.Entity));
        Assert.Equal(["amira", "amira", "jonas", "jonas"], rows.Select(r => r.Actor));
        Assert.Equal(AuditChain.Genesis, rows[0].PrevHash);
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.Equal(rows[i - 1].Hash, rows[i].PrevHash);
        }

        Assert.All(rows, r => Assert.Equal(AuditChain.Hash(r.PrevHash, r.Id, r.At, r.Actor, r.Action, r.Entity, r.EntityId, r.BeforeJson, r.AfterJson), r.Hash));
        var report = await store.VerifyAsync(None);
        Assert.True(report.IsIntact);
        Assert.Equal((2L, 2L, 4L), (report.SourcesChecked, report.DocumentsChecked, report.AuditRowsChecked));
    }

    [StoreFact]
    public async Task Audit_ReadAudit_FiltersByRecord()
    {
        var store = await OpenAsync();
        var first = await IngestAsync(store, "a.txt", "First report.");
        await IngestAsync(store, "b.txt", "Second report.");

        var rows = await store.ReadAuditAsync("source", first.SourceId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), 100, None);

        var row = Assert.Single(rows);
        Assert.Equal(("add", "source"), (row.Action, row.Entity));
        Assert.Contains(first.Sha256!, row.AfterJson);
        Assert.Equal(2, (await store.ReadAuditAsync("document", null, 100, None)).Count);
        Assert.Single(await store.ReadAuditAsync(null, null, 1, None));
    }

    [StoreFact]
    public async Task Audit_LogRefusesUpdatesAndDeletes_EvenFromOutsideTheStore()
    {
        var store = await OpenAsync();
        await IngestAsync(store, "a.txt", "A report.");

        var update = await Assert.ThrowsAnyAsync<DbException>(() => Db.ExecuteAsync("UPDATE audit_log SET actor = 'mallory'"));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => Db.ExecuteAsync("DELETE FROM audit_log"));

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        Assert.Equal(["tester", "tester"], await Db.QueryStringsAsync("SELECT actor FROM audit_log ORDER BY id"));
    }

    [StoreFact]
    public async Task Verify_ReportsAnAuditRowAlteredBehindTheStoresBack()
    {
        var store = await OpenAsync();
        await IngestAsync(store, "a.txt", "First report.");
        await IngestAsync(store, "b.txt", "Second report.");
        await Db.RemoveAuditGuardsAsync();

        await Db.ExecuteAsync("UPDATE audit_log SET actor = 'mallory' WHERE id = 2");

        var report = await store.VerifyAsync(None);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((IntegrityProblemKind.AuditHashMismatch, "audit_log", "2"), (problem.Kind, problem.Entity, problem.EntityId));
    }

    [StoreFact]
    public async Task Verify_ReportsAnAuditRowRemovedBehindTheStoresBack()
    {
        var store = await OpenAsync();
        await IngestAsync(store, "a.txt", "First report.");
        await IngestAsync(store, "b.txt", "Second report.");
        await Db.RemoveAuditGuardsAsync();

        await Db.ExecuteAsync("DELETE FROM audit_log WHERE id = 2");

        // Row 2 recorded the first document: the chain breaks at row 3, and the document is left
        // without the row that recorded its creation.
        var problems = (await store.VerifyAsync(None)).Problems.Select(p => (p.Kind, p.Entity, p.EntityId)).Order().ToList();
        Assert.Equal([(IntegrityProblemKind.AuditChainBroken, "audit_log", "3"), (IntegrityProblemKind.MissingAuditRow, "document", "1")], problems);
    }

    [StoreFact]
    public async Task Verify_ReportsArchivedBytesAlteredBehindTheStoresBack()
    {
        var store = await OpenAsync();
        var first = await IngestAsync(store, "a.txt", "First report.");
        await IngestAsync(store, "b.txt", "Second report.");

        await Db.ExecuteAsync("UPDATE sources SET content = (SELECT s2.content FROM sources s2 WHERE s2.id = 2) WHERE id = 1");

        var problem = Assert.Single((await store.VerifyAsync(None)).Problems);
        Assert.Equal((IntegrityProblemKind.SourceHashMismatch, first.Sha256), (problem.Kind, problem.EntityId));
    }

    [StoreFact]
    public async Task Verify_ReportsDocumentTextAlteredBehindTheStoresBack()
    {
        var store = await OpenAsync();
        var added = await IngestAsync(store, "a.txt", "Nine people were killed.");

        await Db.ExecuteAsync("UPDATE documents SET text = 'Two people were killed.'");

        var problem = Assert.Single((await store.VerifyAsync(None)).Problems);
        Assert.Equal((IntegrityProblemKind.DocumentHashMismatch, added.DocumentId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), (problem.Kind, problem.EntityId));
    }
}
