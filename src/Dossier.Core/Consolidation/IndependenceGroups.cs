namespace Dossier.Core.Consolidation;

/// <summary>
/// Groups sources that do not speak independently: the same publisher, or near-duplicate text (one press
/// release republished). Corroboration counts groups, not sources. Union–find over the sources given.
/// </summary>
public sealed class IndependenceGroups
{
    private readonly Dictionary<long, long> _parent = [];

    public IndependenceGroups(IEnumerable<SourceView> sources)
    {
        var byPublisher = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            _parent.TryAdd(source.Id, source.Id);
            if (source.DuplicateOf is { } original)
            {
                _parent.TryAdd(original, original);
                Union(source.Id, original);
            }

            if (!string.IsNullOrWhiteSpace(source.Publisher))
            {
                var key = NameKeys.Normal(source.Publisher);
                if (byPublisher.TryGetValue(key, out var first))
                {
                    Union(source.Id, first);
                }
                else
                {
                    byPublisher[key] = source.Id;
                }
            }
        }
    }

    /// <summary>The representative of a source's group.</summary>
    public long GroupOf(long sourceId)
    {
        var root = sourceId;
        while (_parent.TryGetValue(root, out var parent) && parent != root)
        {
            root = parent;
        }

        while (sourceId != root && _parent.TryGetValue(sourceId, out var next))
        {
            _parent[sourceId] = root;
            sourceId = next;
        }

        return root;
    }

    public int CountGroups(IEnumerable<long> sourceIds) => sourceIds.Select(GroupOf).Distinct().Count();

    private void Union(long a, long b)
    {
        var ra = GroupOf(a);
        var rb = GroupOf(b);
        if (ra != rb)
        {
            _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
