using System.Globalization;

namespace Dossier.Core.Domain;

/// <summary>A number of people: exact when <see cref="Min"/> equals <see cref="Max"/>, a range otherwise. Immutable.</summary>
public readonly record struct CountRange
{
    public CountRange(long min, long max)
    {
        if (min < 0 || max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), $"A count range needs 0 <= min <= max (got {min}..{max}).");
        }

        Min = min;
        Max = max;
    }

    public long Min { get; }

    public long Max { get; }

    public bool IsExact => Min == Max;

    public static CountRange Exact(long value) => new(value, value);

    /// <summary>The smallest range covering both.</summary>
    public CountRange Union(CountRange other) => new(Math.Min(Min, other.Min), Math.Max(Max, other.Max));

    public bool Overlaps(CountRange other) => Min <= other.Max && other.Min <= Max;

    public override string ToString() => IsExact
        ? Min.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Min}-{Max}");
}
