namespace Dossier.Core.Consolidation;

/// <summary>
/// Resolves a name and its in-document aliases to one known actor or place through <see cref="NameKeys"/>.
/// Strong keys decide first; when the names given are only a bare surname, the weak surname key may
/// resolve it, but only to a single candidate. Several candidates stay <see cref="NameResolutionKind.Ambiguous"/>.
/// </summary>
public static class NameResolver
{
    public static NameResolution Resolve(
        Func<IReadOnlyCollection<string>, IReadOnlyList<KeyHit>> find, string kind, IReadOnlyList<string> names, bool isPerson)
    {
        var strong = names.SelectMany(n => NameKeys.StrongProbes(kind, n, isPerson)).Distinct(StringComparer.Ordinal).ToList();
        if (strong.Count > 0)
        {
            var hits = find(strong);
            var ids = hits.Select(h => h.Id).Distinct().ToList();
            if (ids.Count == 1)
            {
                return new NameResolution(NameResolutionKind.Resolved, ids[0], hits[0].Key, ids) { Country = hits[0].Country };
            }

            if (ids.Count > 1)
            {
                // The report's own main name decides between candidates its aliases reach.
                var main = NameKeys.StrongProbes(kind, names[0], isPerson).ToHashSet(StringComparer.Ordinal);
                var byMain = hits.Where(h => main.Contains(h.Key)).Select(h => h.Id).Distinct().ToList();
                return byMain.Count == 1
                    ? new NameResolution(NameResolutionKind.Resolved, byMain[0], hits.First(h => h.Id == byMain[0]).Key, ids) { Country = hits.First(h => h.Id == byMain[0]).Country }
                    : new NameResolution(NameResolutionKind.Ambiguous, null, null, ids);
            }

            return NameResolution.New;
        }

        var weak = names.Select(n => NameKeys.WeakProbe(kind, n, isPerson)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (weak.Count == 0)
        {
            return NameResolution.New;
        }

        var weakHits = find(weak);
        var candidates = weakHits.Select(h => h.Id).Distinct().ToList();
        return candidates.Count switch
        {
            0 => NameResolution.New,
            1 => new NameResolution(NameResolutionKind.Resolved, candidates[0], weakHits[0].Key, candidates) { Country = weakHits[0].Country },
            _ => new NameResolution(NameResolutionKind.Ambiguous, null, null, candidates),
        };
    }

    /// <summary>Every key to store for an actor or place known by these names.</summary>
    public static IReadOnlyList<string> KeysFor(string kind, IEnumerable<string> names, bool isPerson) =>
        names.SelectMany(n => NameKeys.StoredKeys(kind, n, isPerson)).Distinct(StringComparer.Ordinal).ToList();
}
