using System.Globalization;
using System.Text;
using Dossier.Text.Model;

namespace Dossier.Bench.Consolidation;

/// <summary>One generated report: its text, what a pipeline would have read in it, and the true incident behind it.</summary>
internal sealed record SyntheticReport(long TrueIncident, string Publisher, string Text, ExtractionResult Extraction, bool IsCopy);

/// <summary>
/// Generates reports with realistic overlap, bypassing the text pipeline: incidents spread over 25 years
/// and 60 countries; each incident is described by 1–6 reports (from different publishers, with different
/// figures, spellings of names, date precision, and sometimes only the country); about one report in ten
/// is a copy of an earlier one under another publisher. A small window of incidents is "in the news" at a
/// time, so reports about one incident arrive close together and memory stays flat. Deterministic.
/// </summary>
internal sealed class SyntheticReports(int seed)
{
    private static readonly string[] Types = ["killing", "attack", "abduction", "arrest", "torture", "displacement", "destruction", "protest", "execution", "siege"];
    private static readonly string[] CountKeys = ["killed", "injured", "abducted", "arrested", "displaced", "executed", "participants"];
    private static readonly string[] Syllables = ["al", "ba", "dar", "ka", "mi", "nor", "sa", "ta", "ri", "zan", "hu", "mo", "le", "qa", "fi", "gor", "ya", "ve"];

    private readonly Random _random = new(seed);
    private readonly List<(long Id, int Left, Incident Incident)> _active = [];
    private readonly Queue<SyntheticReport> _recent = new();
    private long _nextIncident;

    private sealed record Incident(string Type, DateOnly Date, int Country, int Place, int Perpetrator, int Killed);

    public IEnumerable<SyntheticReport> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (_recent.Count > 0 && _random.NextDouble() < 0.1)
            {
                var original = _recent.ElementAt(_random.Next(_recent.Count));
                // Appended, not prepended: the extraction's spans stay true for the copy.
                yield return original with { Publisher = Publisher(), Text = original.Text + $" Republished from a partner ({i}).", IsCopy = true };
                continue;
            }

            while (_active.Count < 200)
            {
                _active.Add((_nextIncident++, 1 + (int)Math.Min(5, -Math.Log(1 - _random.NextDouble()) * 1.6), NewIncident()));
            }

            var slot = _random.Next(_active.Count);
            var (id, left, incident) = _active[slot];
            if (left == 1)
            {
                _active.RemoveAt(slot);
            }
            else
            {
                _active[slot] = (id, left - 1, incident);
            }

            var report = Describe(id, incident);
            _recent.Enqueue(report);
            if (_recent.Count > 50)
            {
                _recent.Dequeue();
            }

            yield return report;
        }
    }

    private Incident NewIncident() => new(
        Types[_random.Next(Types.Length)],
        new DateOnly(2000, 1, 1).AddDays(_random.Next(25 * 365)),
        _random.Next(60),
        _random.Next(40),
        _random.Next(800),
        1 + _random.Next(200));

    private SyntheticReport Describe(long id, Incident incident)
    {
        var country = CountryCode(incident.Country);
        var countryOnly = _random.NextDouble() < 0.1;
        var place = countryOnly ? $"Country {country}" : PlaceName(incident.Country, incident.Place);
        var perpetrator = PersonName(incident.Perpetrator, variant: _random.Next(3));
        var figure = Math.Max(1, incident.Killed + _random.Next(-3, 4));
        var monthOnly = _random.NextDouble() < 0.2;
        var dateText = monthOnly ? incident.Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture) : incident.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var key = CountKeys[(int)(id % CountKeys.Length)];
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Forces led by {perpetrator} carried out a {incident.Type} at {place} on {dateText}, and {figure} people were {key}. ")
            .Append(Filler(60))
            .ToString();
        var span = (string s) => { var at = text.IndexOf(s, StringComparison.Ordinal); return new TextSpan(at, at + s.Length); };
        var placeEntity = new Entity(1, EntityType.Location, place)
        {
            CountryCode = country,
            PlaceKind = countryOnly ? "country" : "city",
            Mentions = [span(place)],
            Aliases = countryOnly || _random.NextDouble() < 0.7 ? [] : [place.Replace("Town of ", "", StringComparison.Ordinal)],
        };
        var ev = new ExtractedEvent(incident.Type)
        {
            Date = monthOnly ? DateValue.Month(incident.Date.Year, incident.Date.Month) : DateValue.Day(incident.Date.Year, incident.Date.Month, incident.Date.Day),
            DateSpan = span(dateText),
            Location = new ExtractedName(place) { EntityId = 1, Spans = [span(place)], CountryCode = country },
            CountryCode = country,
            Perpetrators = [new ExtractedName(perpetrator) { EntityId = 0, Spans = [span(perpetrator)] }],
            Counts = new Dictionary<string, ExtractedCount> { [key] = new(figure, figure, span(figure.ToString(CultureInfo.InvariantCulture) + " people")) },
            Evidence = [new TextSpan(0, text.IndexOf(". ", StringComparison.Ordinal) + 1)],
        };
        var person = new Entity(0, EntityType.Person, perpetrator) { Mentions = [span(perpetrator)] };
        var extraction = new ExtractionResult("synthetic@1.0", null, [ev], [person, placeEntity], []);
        return new SyntheticReport(id, Publisher(), text, extraction, IsCopy: false);
    }

    private string Publisher() => $"Publisher {_random.Next(300)}";

    private static string CountryCode(int country) => $"{(char)('A' + country / 26)}{(char)('A' + country % 26)}";

    private static string PlaceName(int country, int place) => $"Town of {Word(country * 101 + place, 3)}";

    /// <summary>A person's name in one of three spellings: "Nouri al-Word", "Nuri Word", "Nouri Word".</summary>
    private static string PersonName(int person, int variant)
    {
        var given = Word(person * 7 + 3, 2);
        var family = Word(person * 13 + 5, 3);
        return variant switch
        {
            0 => $"{given}ou {family}",
            1 => $"{given}u al-{family}",
            _ => $"{given}ou al-{family}",
        };
    }

    private static string Word(int seed, int syllables)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            builder.Append(Syllables[(seed / (int)Math.Pow(Syllables.Length, i) + i) % Syllables.Length]);
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }

    private string Filler(int words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            builder.Append(Word(_random.Next(5000), 2).ToLowerInvariant()).Append(i % 12 == 11 ? ". " : " ");
        }

        return builder.ToString();
    }
}
