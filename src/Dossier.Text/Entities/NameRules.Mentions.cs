using Dossier.Text.Model;

namespace Dossier.Text.Entities;

// The mentions the rules emit: bodies (with the places and bodies nested in their names), places, single words.
internal sealed partial class NameRules
{
    public void AddOrganization(TokenView v, int a, int b, List<MentionDraft> output, string source)
    {
        if (IsOrdinal(v, a - 1) && v.SpaceOnlyBefore(a))
        {
            a--; // "27th Infantry Battalion"
        }

        var code = gazetteer.CountryOfDemonym(v[a]);
        if (code is null)
        {
            var (length, entry) = matcher.Longest(v, a, b);
            code = entry is { Kind: "country" } && length < b - a ? entry.CountryCode : null;
        }

        output.Add(new MentionDraft(a, b, EntityType.Organization, source) { CountryCode = code });
        AddNestedAfterConnectors(v, a, b, output);
    }

    /// <summary>Places and bodies named after "of", "for" or "in" inside a longer name ("... Organization of Iran").</summary>
    public void AddNestedAfterConnectors(TokenView v, int a, int b, List<MentionDraft> output)
    {
        for (var k = a + 1; k < b; k++)
        {
            // A place after "of" is part of the body's name ("... of Iran"); after "for" or "in" it is
            // where the body works ("Court for Sierra Leone"). Bodies are nested after "of the".
            var ofThe = v.Is(k, "of") && v.Is(k + 1, "the");
            if (!(ofThe || v.Is(k, "for") || v.Is(k, "in")))
            {
                continue;
            }

            var start = v.Is(k + 1, "the") || v.Is(k + 1, "a") ? k + 2 : k + 1;
            var (length, entry) = matcher.Longest(v, start, b);
            if (entry is not null && start + length <= b && (entry.Type == EntityType.Organization || !ofThe))
            {
                output.Add(new MentionDraft(start, start + length, entry.Type, "gazetteer") { Entry = entry, Nested = true });
            }
        }
    }

    public MentionDraft Place(TokenView v, int a, int b, string source)
    {
        var (length, entry) = matcher.Longest(v, a, b);
        var inner = entry is { Type: EntityType.Location } && length < b - a ? entry : null;
        return new MentionDraft(a, b, EntityType.Location, source)
        {
            PlaceKind = "site",
            CountryCode = inner?.CountryCode,
        };
    }

    private void AddSingle(TokenView v, int a, List<MentionDraft> output, GazetteerEntry? gazEntry)
    {
        if (gazEntry is not null)
        {
            output.Add(new MentionDraft(a, a + 1, gazEntry.Type, "gazetteer") { Entry = gazEntry });
        }
        else if (IsAcronym(v, a))
        {
            output.Add(new MentionDraft(a, a + 1, EntityType.Organization, "acronym"));
        }
    }
}
