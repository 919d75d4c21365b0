using Dossier.Core.Domain;
using Dossier.Text.Model;

namespace Dossier.Core.Consolidation;

/// <summary>
/// Resolves a report's people, organisations and places to actors and places on record, creating new
/// ones for new names and adding the report's aliases to resolved ones. Ambiguous names are left
/// unresolved (null id), never guessed. One instance per report.
/// </summary>
internal sealed class NameRegistry(IConsolidationWriter writer)
{
    public const string PlaceKind = "place";

    private readonly Dictionary<string, long?> _resolved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long?, string?)> _places = new(StringComparer.Ordinal);

    public async Task<long?> ActorAsync(ActorKind kind, string name, IReadOnlyList<string> aliases, CancellationToken cancellationToken)
    {
        var isPerson = kind == ActorKind.Person;
        var keyKind = isPerson ? "person" : "org";
        var names = Names(name, aliases);
        var memo = keyKind + "|" + string.Join('|', names);
        if (_resolved.TryGetValue(memo, out var known))
        {
            return known;
        }

        var resolution = await ResolveAsync(writer.FindActorKeysAsync, keyKind, names, isPerson, cancellationToken);
        long? id = resolution.Kind switch
        {
            NameResolutionKind.Resolved => resolution.Id,
            NameResolutionKind.New => await writer.AddActorAsync(kind, names[0], cancellationToken),
            _ => null,
        };
        if (id is { } actorId)
        {
            await writer.AddActorNamesAsync(actorId, names, NameResolver.KeysFor(keyKind, names, isPerson), cancellationToken);
        }

        _resolved[memo] = id;
        return id;
    }

    /// <summary>
    /// A name whose kind the report does not say (a perpetrator, a demand's author): a known person or
    /// organisation if exactly one kind knows it, else a new actor of the <paramref name="fallback"/> kind.
    /// </summary>
    public async Task<long?> ActorOfUnknownKindAsync(string name, IReadOnlyList<string> aliases, ActorKind fallback, CancellationToken cancellationToken)
    {
        var names = Names(name, aliases);
        var person = await ResolveAsync(writer.FindActorKeysAsync, "person", names, isPerson: true, cancellationToken);
        var organization = await ResolveAsync(writer.FindActorKeysAsync, "org", names, isPerson: false, cancellationToken);
        if (person.Kind == NameResolutionKind.Resolved && organization.Kind == NameResolutionKind.New)
        {
            return await ActorAsync(ActorKind.Person, name, aliases, cancellationToken);
        }

        if (organization.Kind == NameResolutionKind.Resolved && person.Kind == NameResolutionKind.New)
        {
            return await ActorAsync(ActorKind.Organization, name, aliases, cancellationToken);
        }

        if (person.Kind == NameResolutionKind.New && organization.Kind == NameResolutionKind.New)
        {
            return await ActorAsync(fallback, name, aliases, cancellationToken);
        }

        return null;
    }

    /// <summary>
    /// A place by name: names meet whatever country a report gave, but a place on record in one country is
    /// never taken for a place said to be in another. Returns the place and its country (on record, else given).
    /// </summary>
    public async Task<(long? Id, string? Country)> PlaceAsync(string name, IReadOnlyList<string> aliases, Entity? entity, string? country, CancellationToken cancellationToken)
    {
        country = country?.ToUpperInvariant();
        var names = Names(name, aliases);
        var memo = $"{PlaceKind}/{country}|{string.Join('|', names)}";
        if (_places.TryGetValue(memo, out var known))
        {
            return known;
        }

        async Task<IReadOnlyList<KeyHit>> FindInCountry(IReadOnlyCollection<string> keys, CancellationToken token) =>
            (await writer.FindPlaceKeysAsync(keys, token)).Where(h => country is null || h.Country is null || h.Country == country).ToList();

        var resolution = await ResolveAsync(FindInCountry, PlaceKind, names, isPerson: false, cancellationToken);
        long? id = resolution.Kind switch
        {
            NameResolutionKind.Resolved => resolution.Id,
            NameResolutionKind.New => await writer.AddPlaceAsync(
                new Place(0, names[0], country)
                {
                    Latitude = entity?.Latitude,
                    Longitude = entity?.Longitude,
                    Kind = entity?.PlaceKind,
                },
                cancellationToken),
            _ => null,
        };
        if (id is { } placeId)
        {
            await writer.AddPlaceNamesAsync(placeId, names, NameResolver.KeysFor(PlaceKind, names, isPerson: false), cancellationToken);
        }

        var result = (id, resolution.Kind == NameResolutionKind.Resolved ? resolution.Country ?? country : country);
        _places[memo] = result;
        return result;
    }

    private static async Task<NameResolution> ResolveAsync(
        Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<KeyHit>>> find,
        string keyKind, IReadOnlyList<string> names, bool isPerson, CancellationToken cancellationToken)
    {
        // NameResolver is synchronous and pure; gather every key it may ask for in one round trip.
        var probes = names.SelectMany(n => NameKeys.StrongProbes(keyKind, n, isPerson))
            .Concat(names.Select(n => NameKeys.WeakProbe(keyKind, n, isPerson)).OfType<string>())
            .Distinct(StringComparer.Ordinal).ToList();
        var hits = probes.Count == 0 ? [] : await find(probes, cancellationToken);
        return NameResolver.Resolve(keys => hits.Where(h => keys.Contains(h.Key)).ToList(), keyKind, names, isPerson);
    }

    // "PMOI/MEK" names two acronyms of one body: each part is an alias too.
    private static List<string> Names(string name, IReadOnlyList<string> aliases) =>
        new[] { name }.Concat(aliases)
            .SelectMany(n => n.Contains('/') ? new[] { n }.Concat(n.Split('/')) : [n])
            .Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
