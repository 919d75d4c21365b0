namespace Dossier.Text.Model;

/// <summary>What a <see cref="QuantityMention"/> measures; only <see cref="Count"/> counts people or things.</summary>
public enum QuantityKind
{
    /// <summary>A number of people or things ("52 members", "dozens of journalists").</summary>
    Count,

    /// <summary>"40%", "40 per cent".</summary>
    Percent,

    /// <summary>"$5 million", "200 euros".</summary>
    Money,

    /// <summary>"aged 17", "a 17-year-old", "17 years old".</summary>
    Age,

    /// <summary>A distance, weight, area or other measure ("10 km", "2.5 tonnes"), or a decimal without a counted noun.</summary>
    Measure,
}
