using System.Globalization;
using Dossier.Core.Consolidation;
using Dossier.Core.Domain;
using Dossier.Core.Domain.Documents;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Hashing;
using Dossier.Core.Storage;
using Dossier.Text.Model;

namespace Dossier.Bench.Web;

/// <summary>
/// Writes a large generated record through the store's audited writer (sources, documents with full-text
/// index, incidents, links and claims), bypassing the text pipeline: two reports per incident, whose
/// killed counts sometimes differ. Deterministic (fixed seed). Claims point at real spans of their text.
/// </summary>
internal static class GeneratedRecord
{
    private static readonly string[] Types = ["killing", "arrest", "attack", "abduction", "protest", "torture"];
    private static readonly string[] Perpetrators = ["security forces", "police", "an armed group", "soldiers", "unknown gunmen"];
    private static readonly string[] Fillers = ["witnesses", "families", "lawyers", "officials", "monitors", "residents", "doctors", "journalists"];

    public static async Task WriteAsync(IDossierStore store, int reports, TextWriter progress, CancellationToken cancellationToken)
    {
        var random = new Random(20240301);
        var places = new List<(long Id, string Name)>();
        await using (var writer = await store.BeginWriteAsync("bench", cancellationToken))
        {
            for (var p = 0; p < 300; p++)
            {
                var name = "Town" + p.ToString(CultureInfo.InvariantCulture);
                var id = await writer.AddPlaceAsync(new Place(0, name, "C" + (char)('A' + p % 26)) { Latitude = -40 + p % 80, Longitude = -150 + p, Kind = "city" }, cancellationToken);
                places.Add((id, name));
            }

            await writer.CommitAsync(cancellationToken);
        }

        const int batch = 2000;
        for (var first = 0; first < reports; first += batch)
        {
            await using var writer = await store.BeginWriteAsync("bench", cancellationToken);
            for (var r = first; r < Math.Min(reports, first + batch); r += 2)
            {
                var type = Types[random.Next(Types.Length)];
                var place = places[random.Next(places.Count)];
                var date = new DateOnly(2005, 1, 1).AddDays(random.Next(7000));
                var killed = random.Next(1, 60);
                var perpetrator = Perpetrators[random.Next(Perpetrators.Length)];
                var partial = PartialDate.Day(date.Year, date.Month, date.Day);
                var incident = new Incident(0, type, IncidentStatus.Proposed, 1) { Date = partial, PlaceId = place.Id };
                var incidentId = await writer.AddIncidentAsync(incident, new IncidentSignature(0, [type], partial, place.Id, "city", null), cancellationToken);
                for (var copy = 0; copy < 2 && r + copy < reports; copy++)
                {
                    var figure = copy == 1 && random.Next(4) == 0 ? killed + random.Next(1, 10) : killed;
                    await AddReportAsync(writer, r + copy, incidentId, type, place.Name, date, figure, perpetrator, random, cancellationToken);
                }
            }

            await writer.CommitAsync(cancellationToken);
            progress.Write($"\r  {Math.Min(reports, first + batch):N0} / {reports:N0} reports written");
        }

        progress.WriteLine();
    }

    private static async Task AddReportAsync(IRecordWriter writer, int number, long incidentId, string type, string place, DateOnly date, int killed,
        string perpetrator, Random random, CancellationToken cancellationToken)
    {
        var dateText = date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var text = $"Report {number}. On {dateText}, {perpetrator} were blamed for a {type} in {place}; {killed} people were killed, "
            + $"according to {Fillers[random.Next(Fillers.Length)]} and {Fillers[random.Next(Fillers.Length)]} who spoke to monitors.";
        var content = System.Text.Encoding.UTF8.GetBytes(text);
        var now = DateTimeOffset.UnixEpoch.AddDays(19000 + number / 100);
        var sha = Sha256Hex.Of(content);
        var metadata = new SourceMetadata("bench") { Publisher = "Publisher " + (number % 40).ToString(CultureInfo.InvariantCulture), Title = $"Report {number}" };
        var sourceId = await writer.AddSourceAsync(new NewSource(sha, $"report-{number}.txt", "text/plain", content, metadata, now), cancellationToken);
        var documentId = await writer.AddDocumentAsync(new NewDocument(sourceId, text, Sha256Hex.OfText(text), "bench", [], now), cancellationToken);
        var linkId = await writer.AddIncidentLinkAsync(new IncidentLink(0, incidentId, IncidentLink.Joined, "generated", "bench") { SourceId = sourceId, EventOrdinal = 0 }, cancellationToken);

        async Task ClaimAsync(string field, string value, string quote)
        {
            var start = text.IndexOf(quote, StringComparison.Ordinal);
            var claim = new Claim(0, incidentId, field, value, sourceId, "bench@1.0") { Span = new TextSpan(start, start + quote.Length) };
            await writer.AddClaimAsync(claim, linkId, documentId, null, cancellationToken);
        }

        await ClaimAsync(ClaimFields.Type, ClaimValues.Text(type), type);
        await ClaimAsync(ClaimFields.Date, ClaimValues.Text(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), dateText);
        await ClaimAsync(ClaimFields.Count("killed"), ClaimValues.Count(CountRange.Exact(killed)), $"{killed} people were killed");
        await ClaimAsync(ClaimFields.Perpetrator, ClaimValues.Text(perpetrator), perpetrator);
    }
}
