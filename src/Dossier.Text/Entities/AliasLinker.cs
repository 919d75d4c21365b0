using Dossier.Text.Model;
using Dossier.Text.Pipeline;

namespace Dossier.Text.Entities;

/// <summary>
/// Groups the entity mentions of one document into entities: the same gazetteer entry, the same name,
/// a surname after the full name ("Mwangi" after "Grace Mwangi"; two people sharing a surname stay
/// two), an acronym after its expansion ("(KNLA)") or matching its initials, a site's bare name
/// ("Horizon" for "Camp Horizon"), and a demonym body with its "government of" form. Each entity is
/// named by its fullest form; every other form seen becomes an alias.
/// </summary>
public sealed class AliasLinker : IPipelineComponent
{
    public string Name => "aliases";

    public IReadOnlyList<string> Requires { get; } = [Layers.EntityMentions];

    public IReadOnlyList<string> Assigns { get; } = [Layers.Entities];

    public void Annotate(Doc doc, CancellationToken cancellationToken = default)
    {
        var (entities, mentions) = Link(doc.Text, doc.EntityMentions);
        doc.EntityMentions.Clear();
        doc.EntityMentions.AddRange(mentions);
        doc.Entities.Clear();
        doc.Entities.AddRange(entities);
    }

    /// <summary>The entities of a document and its mentions with <see cref="EntityMention.EntityId"/> set.</summary>
    public static (IReadOnlyList<Entity> Entities, IReadOnlyList<EntityMention> Mentions) Link(string text, IReadOnlyList<EntityMention> mentions)
    {
        var names = mentions.Select(m => MentionName.Of(text, m.Span)).ToArray();
        var sets = new DisjointSets(mentions.Count);
        var byKey = new Dictionary<(EntityType, char, string), int>(mentions.Count); // about one key a mention: sized once, not grown
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            LinkBy((mention.Type, 'n', MentionName.Key(names[i])), i);
            if (mention.Canonical is not null)
            {
                LinkBy((mention.Type, 'g', mention.Canonical), i);
            }

            if (mention is { Type: EntityType.Organization, CountryCode: not null } && MentionName.IsGovernment(names[i]))
            {
                LinkBy((mention.Type, 'c', mention.CountryCode), i);
            }
        }

        var acronyms = new AcronymLinker(text, mentions, names);
        acronyms.LinkParentheses(sets);
        acronyms.LinkInitials(sets);
        acronyms.LinkPrefixes(sets);
        ShortFormLinker.Link(mentions, names, sets);
        return Build(mentions, names, sets);

        void LinkBy((EntityType, char, string) key, int i)
        {
            if (!byKey.TryAdd(key, i))
            {
                sets.Union(byKey[key], i);
            }
        }
    }

    private static (IReadOnlyList<Entity>, IReadOnlyList<EntityMention>) Build(
        IReadOnlyList<EntityMention> mentions, string[] names, DisjointSets sets)
    {
        // Groups by root, in the order their first members come (an array by root index: a root is a mention's index).
        var groups = new List<int>?[mentions.Count];
        var order = new List<int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var root = sets.Find(i);
            if (groups[root] is not { } members)
            {
                groups[root] = members = [];
                order.Add(root);
            }

            members.Add(i);
        }

        var entities = new List<Entity>(order.Count);
        var linked = mentions.ToArray();
        foreach (var root in order)
        {
            var members = groups[root]!;
            var id = entities.Count;
            // Plain loops rather than LINQ: this runs for every entity of every document. The fullest form
            // has the most words, then the most characters; the first such in text order wins a tie.
            EntityMention? gazetteer = null, withCode = null;
            string? fullest = null;
            var fullestWords = 0;
            foreach (var m in members)
            {
                gazetteer ??= mentions[m].Canonical is not null ? mentions[m] : null;
                withCode ??= mentions[m].CountryCode is not null ? mentions[m] : null;
                var words = MentionName.WordCount(names[m]);
                if (fullest is null || words > fullestWords || (words == fullestWords && names[m].Length > fullest.Length))
                {
                    fullest = names[m];
                    fullestWords = words;
                }
            }

            // Places keep the form the report uses ("Geneva", not GeoNames' "Genève"); countries and
            // bodies take their canonical name ("United States" for "US").
            var place = gazetteer?.PlaceKind is "city" or "region";
            var name = place ? fullest! : gazetteer?.Canonical ?? fullest!;
            var type = mentions[members[0]].Type;
            var spans = new List<TextSpan>(members.Count);
            foreach (var m in members)
            {
                spans.Add(mentions[m].Span);
            }

            entities.Add(new Entity(id, type, name)
            {
                Aliases = Aliases(members, names, gazetteer?.Canonical ?? name, name, type == EntityType.Location ? WithoutAdminNoun(name) : null),
                Mentions = spans,
                CountryCode = gazetteer?.CountryCode ?? withCode?.CountryCode,
                Latitude = gazetteer?.Latitude,
                Longitude = gazetteer?.Longitude,
                PlaceKind = type == EntityType.Location ? gazetteer?.PlaceKind ?? FirstPlaceKind(mentions, members) ?? "site" : null,
            });
            foreach (var m in members)
            {
                linked[m] = mentions[m] with { EntityId = id };
            }
        }

        return (entities, linked);
    }

    /// <summary>Every form the members are written in, then <paramref name="canonical"/>, without <paramref name="name"/>, each once, in that order.</summary>
    private static List<string> Aliases(List<int> members, string[] names, string canonical, string name, string? bare)
    {
        // Most entities have a form or two: a scan of the short list costs less than building a hash set,
        // which is built only for an entity written in many forms, so the work stays linear.
        var aliases = new List<string>();
        HashSet<string>? seen = null;
        foreach (var m in members)
        {
            AddNew(names[m]);
        }

        AddNew(canonical);
        if (bare is not null)
        {
            AddNew(bare);
        }

        return aliases;

        void AddNew(string form)
        {
            if (form == name || (seen is null ? aliases.Contains(form) : !seen.Add(form)))
            {
                return;
            }

            aliases.Add(form);
            if (seen is null && aliases.Count > ManyForms)
            {
                seen = new HashSet<string>(aliases, StringComparer.Ordinal);
            }
        }
    }

    private const int ManyForms = 16;

    private static readonly string[] AdminNouns = ["province", "region", "district", "state", "governorate", "territory", "county", "oblast", "prefecture"];

    /// <summary>"Carabobo state", "North Kivu province": the place is also called by its name alone ("Carabobo").</summary>
    private static string? WithoutAdminNoun(string name)
    {
        var space = name.LastIndexOf(' ');
        if (space <= 0)
        {
            return null;
        }

        var last = name.AsSpan(space + 1);
        foreach (var noun in AdminNouns)
        {
            if (last.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return name[..space];
            }
        }

        return null;
    }

    private static string? FirstPlaceKind(IReadOnlyList<EntityMention> mentions, List<int> members)
    {
        foreach (var m in members)
        {
            if (mentions[m].PlaceKind is { } kind)
            {
                return kind;
            }
        }

        return null;
    }
}
