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
        var byKey = new Dictionary<(EntityType, char, string), int>();
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
        var groups = new Dictionary<int, List<int>>();
        var order = new List<int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var root = sets.Find(i);
            if (!groups.TryGetValue(root, out var members))
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
            var members = groups[root];
            var id = entities.Count;
            var gazetteer = members.Select(m => mentions[m]).FirstOrDefault(m => m.Canonical is not null);
            var withCode = members.Select(m => mentions[m]).FirstOrDefault(m => m.CountryCode is not null);
            var fullest = members.Select(m => names[m]).OrderByDescending(MentionName.WordCount).ThenByDescending(n => n.Length).First();
            // Places keep the form the report uses ("Geneva", not GeoNames' "Genève"); countries and
            // bodies take their canonical name ("United States" for "US").
            var place = gazetteer?.PlaceKind is "city" or "region";
            var name = place ? fullest : gazetteer?.Canonical ?? fullest;
            var aliases = members.Select(m => names[m]).Append(gazetteer?.Canonical ?? name)
                .Where(n => n != name).Distinct(StringComparer.Ordinal).ToList();
            var type = mentions[members[0]].Type;
            entities.Add(new Entity(id, type, name)
            {
                Aliases = aliases,
                Mentions = members.Select(m => mentions[m].Span).ToList(),
                CountryCode = gazetteer?.CountryCode ?? withCode?.CountryCode,
                Latitude = gazetteer?.Latitude,
                Longitude = gazetteer?.Longitude,
                PlaceKind = type == EntityType.Location
                    ? gazetteer?.PlaceKind ?? members.Select(m => mentions[m].PlaceKind).FirstOrDefault(k => k is not null) ?? "site"
                    : null,
            });
            foreach (var m in members)
            {
                linked[m] = mentions[m] with { EntityId = id };
            }
        }

        return (entities, linked);
    }
}
