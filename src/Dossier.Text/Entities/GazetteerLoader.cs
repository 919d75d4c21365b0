using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using Dossier.Text.Model;

namespace Dossier.Text.Entities;

/// <summary>Reads the gazetteer data embedded in this assembly (see tools/gazetteer and docs/DATA-SOURCES.md).</summary>
internal static class GazetteerLoader
{
    private const string Prefix = "Dossier.Text.Resources.";

    public static Gazetteer LoadEmbedded()
    {
        var entries = new List<GazetteerEntry>();
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var row in Rows("countries.tsv"))
        {
            var names = row[3].Split('|');
            entries.Add(new GazetteerEntry(names[0], EntityType.Location, "country")
            {
                Aliases = names[1..],
                CountryCode = row[0],
                Latitude = Number(row[1]),
                Longitude = Number(row[2]),
            });
            foreach (var demonym in row[4].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                demonyms.TryAdd(demonym, row[0]);
            }
        }

        foreach (var row in Rows("regions.tsv"))
        {
            var names = row[0].Split('|');
            entries.Add(new GazetteerEntry(names[0], EntityType.Location, "region")
            {
                Aliases = names[1..],
                CountryCode = Empty(row[1]),
                Latitude = Number(row[2]),
                Longitude = Number(row[3]),
            });
        }

        foreach (var row in Rows("organizations.tsv"))
        {
            var names = row[0].Split('|');
            entries.Add(new GazetteerEntry(names[0], EntityType.Organization, "organization")
            {
                Aliases = [.. names[1..], .. ShortUnitedNations(names)],
                CountryCode = row.Length > 1 ? Empty(row[1]) : null,
            });
        }

        foreach (var row in Rows("admin-regions.tsv.gz"))
        {
            var region = Place(row, "region");
            if (PositionWords.Contains(region.Name))
            {
                continue; // "Eastern" (Ghana's region) alone would claim "Eastern Velora" or "the Central Prison" for one country
            }

            if (region.Aliases.Any(PositionWords.Contains))
            {
                region = region with { Aliases = [.. region.Aliases.Where(a => !PositionWords.Contains(a))] }; // "Eastern Province|Eastern"
            }

            entries.Add(ShortCompass(region.Name) is { } shortName ? region with { Aliases = [.. region.Aliases, shortName] } : region);
        }

        foreach (var row in Rows("cities.tsv.gz"))
        {
            var city = Place(row, "city");
            entries.Add(SaintShortened(city.Name) is { } brief ? city with { Aliases = [.. city.Aliases, .. brief] } : city);
        }

        var phrases = new List<GazetteerPhrase>();
        var trie = new TokenTrie.Builder();
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var name in entries[i].Aliases.Prepend(entries[i].Name))
            {
                AddPhrase(name, i);
                var folded = Fold(name);
                if (folded != name)
                {
                    AddPhrase(folded, i);
                }
            }
        }

        var commonWords = new EntityLexicon.Set(Lines("common-words.txt.gz"));
        var givenNames = new EntityLexicon.Set(Lines("given-names.txt")
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        return new Gazetteer(entries, phrases, trie.Build(value => entries[phrases[value].Entry].Priority), demonyms.ToFrozenDictionary(StringComparer.Ordinal),
            commonWords, givenNames);

        void AddPhrase(string name, int entry)
        {
            var words = GazetteerPhrase.Split(name);
            if (words.Length == 0)
            {
                return;
            }

            trie.Add(words, phrases.Count);
            phrases.Add(new GazetteerPhrase(entry, words));
        }
    }

    /// <summary>Removes diacritics and folds typographic apostrophes ("Genève" to "Geneve").</summary>
    internal static string Fold(string s) => LatinFold.Fold(s);

    /// <summary>A generated place row: name, other names, country, lat, lon, population, flags.</summary>
    private static GazetteerEntry Place(string[] row, string kind) => new(row[0], EntityType.Location, kind)
    {
        Aliases = row[1].Split('|', StringSplitOptions.RemoveEmptyEntries),
        CountryCode = row[2],
        Latitude = Number(row[3]),
        Longitude = Number(row[4]),
        Population = long.Parse(row[5], CultureInfo.InvariantCulture),
        IsCapital = row[6].Contains('c'),
        IsCommonWord = row[6].Contains('w'),
        IsSmall = row[6].Contains('s'),
    };

    private static IEnumerable<string[]> Rows(string resource) =>
        Lines(resource).Select(line => line.Split('\t'));

    private static IEnumerable<string> Lines(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + resource)
            ?? throw new InvalidOperationException($"E101: embedded gazetteer resource '{resource}' is missing.");
        using var data = resource.EndsWith(".gz", StringComparison.Ordinal)
            ? new GZipStream(stream, CompressionMode.Decompress)
            : stream;
        using var reader = new StreamReader(data, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }

    private static double? Number(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string? Empty(string s) => s.Length == 0 ? null : s;

    /// <summary>
    /// "Office of the UN High Commissioner for Human Rights": every name spelled with "United Nations" is also written
    /// with "UN", unless the list already holds that spelling.
    /// </summary>
    private static IEnumerable<string> ShortUnitedNations(string[] names) =>
        names.Where(n => n.Contains("United Nations", StringComparison.Ordinal))
            .Select(n => n.Replace("United Nations", "UN", StringComparison.Ordinal))
            .Where(n => !names.Contains(n, StringComparer.Ordinal));

    // Regions named only by where they lie: too common as the first word of other names to stand alone.
    private static readonly HashSet<string> PositionWords = new(StringComparer.Ordinal)
    {
        "Central", "Eastern", "Western", "Northern", "Southern", "North", "South", "East", "West", "Upper", "Lower", "Middle",
    };

    /// <summary>"Western Darfur" is also written "West Darfur"; null for a name that opens with no compass adjective.</summary>
    private static string? ShortCompass(string name)
    {
        foreach (var (full, brief) in (ReadOnlySpan<(string, string)>)[("Western ", "West "), ("Eastern ", "East "), ("Northern ", "North "), ("Southern ", "South ")])
        {
            if (name.StartsWith(full, StringComparison.Ordinal))
            {
                return brief + name[full.Length..];
            }
        }

        return null;
    }

    /// <summary>"Saint Petersburg" is written "St Petersburg" or "St. Petersburg" as often as in full.</summary>
    private static string[]? SaintShortened(string name)
    {
        foreach (var (full, brief) in (ReadOnlySpan<(string, string)>)[("Saint ", "St"), ("Sainte ", "Ste")])
        {
            if (name.StartsWith(full, StringComparison.Ordinal))
            {
                var rest = name[full.Length..];
                return [$"{brief} {rest}", $"{brief}. {rest}"];
            }
        }

        return null;
    }
}
