using Dossier.Core.Storage;

namespace Dossier.Storage.Tests.Shared;

public abstract partial class StoreTests<TDb>
{
    [StoreFact]
    public async Task Search_FindsDocumentsContainingEveryWord_WithHighlightedSnippet()
    {
        var store = await OpenAsync();
        await IngestAsync(store, "a.txt", "Soldiers opened fire on a funeral procession near the river in the early morning.");
        await IngestAsync(store, "b.txt", "The court sentenced three journalists to prison for covering the funeral.");

        var hits = await store.SearchAsync("funeral river", 10, None);

        var hit = Assert.Single(hits);
        Assert.Equal("a.txt", hit.FileName);
        Assert.Contains($"{SearchHit.HighlightStart}funeral{SearchHit.HighlightEnd}", hit.Snippet);
        Assert.Contains($"{SearchHit.HighlightStart}river{SearchHit.HighlightEnd}", hit.Snippet);
        Assert.Equal(["a.txt", "b.txt"], (await store.SearchAsync("funeral", 10, None)).Select(h => h.FileName).Order());
        Assert.Empty(await store.SearchAsync("funeral journalists river", 10, None));
    }

    [StoreFact]
    public async Task Search_IgnoresCase_AndMatchesWholeWordsOnly()
    {
        var store = await OpenAsync();
        await IngestAsync(store, "a.txt", "PROTESTERS gathered in Tahrir Square.");

        Assert.Single(await store.SearchAsync("protesters tahrir", 10, None));
        Assert.Empty(await store.SearchAsync("protest", 10, None));
    }

    [StoreFact]
    public async Task Search_ReadsQuerySyntaxAsPlainWords()
    {
        var store = await OpenAsync();
        await IngestAsync(store, "a.txt", "Armed men abducted the mayor and his driver at a checkpoint.");

        // Characters that mean something to FTS5 or to tsquery must neither fail nor change the
        // meaning: what is left is words, all of which must occur ("OR", "NEAR", "nothing" do not).
        (string Query, int Hits)[] cases =
        [
            ("\"mayor", 1), ("mayor & driver", 1), ("!mayor", 1), ("mayor:*", 1), ("(mayor) driver*", 1),
            ("mayor | nothing", 0), ("mayor' OR '1'='1", 0), ("NEAR(mayor driver)", 0),
        ];
        foreach (var (query, expected) in cases)
        {
            var hits = await store.SearchAsync(query, 10, None);
            Assert.True(hits.Count == expected, $"'{query}' gave {hits.Count} hit(s), expected {expected}");
        }

        Assert.Empty(await store.SearchAsync("  ?!* ", 10, None));
    }

    [StoreFact]
    public async Task Search_RanksTheDocumentWhereTheWordWeighsMoreFirst()
    {
        var store = await OpenAsync();
        await IngestAsync(store, "passing.txt", "A long bulletin about roads, markets, schools, water, power cuts, the weather and, once, a strike by teachers in the north of the country last week.");
        await IngestAsync(store, "about.txt", "Strike: the strike continued; a third strike day was announced.");

        var hits = await store.SearchAsync("strike", 10, None);

        Assert.Equal(["about.txt", "passing.txt"], hits.Select(h => h.FileName));
        Assert.True(hits[0].Rank > hits[1].Rank);
    }

    [StoreFact]
    public async Task Search_ReturnsNoMoreThanTheLimit()
    {
        var store = await OpenAsync();
        for (var i = 0; i < 5; i++)
        {
            await IngestAsync(store, $"r{i}.txt", $"Bulletin number {i}: detention reported.");
        }

        Assert.Equal(3, (await store.SearchAsync("detention", 3, None)).Count);
        Assert.Equal(5, (await store.SearchAsync("detention", 50, None)).Count);
    }

    [StoreFact]
    public async Task Search_SnippetOfALongDocument_ShowsTheMatchNotTheWholeText()
    {
        var store = await OpenAsync();
        var filler = string.Join(' ', Enumerable.Repeat("the committee discussed the annual budget at length", 60));
        await IngestAsync(store, "long.txt", filler + " Then a journalist was arrested at the gate. " + filler);

        var hit = Assert.Single(await store.SearchAsync("journalist", 10, None));

        Assert.Contains($"{SearchHit.HighlightStart}journalist{SearchHit.HighlightEnd}", hit.Snippet);
        Assert.True(hit.Snippet.Length < 300, $"snippet has {hit.Snippet.Length} characters");
    }

    [StoreFact]
    public async Task Search_FindsWordsFarApartInAVeryLongDocument_WithManyDistinctWords()
    {
        var store = await OpenAsync();

        // About 1.4 million characters and 160,000 distinct words: more than one PostgreSQL
        // tsvector may hold, so the index has to split the text.
        var words = string.Join(' ', Enumerable.Range(0, 160_000).Select(i => "w" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
        await IngestAsync(store, "huge.txt", "A checkpoint opened. " + words + " The curfew ended.");
        await IngestAsync(store, "small.txt", "The checkpoint closed.");

        var hit = Assert.Single(await store.SearchAsync("curfew checkpoint", 10, None));

        Assert.Equal("huge.txt", hit.FileName);
        Assert.Contains($"{SearchHit.HighlightStart}", hit.Snippet);
        Assert.Single(await store.SearchAsync("w26fff", 10, None));
        Assert.Equal(2, (await store.SearchAsync("checkpoint", 10, None)).Count);
    }
}
