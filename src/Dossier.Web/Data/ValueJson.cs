using System.Globalization;
using Dossier.Core.Consolidation;
using Dossier.Core.Domain;

namespace Dossier.Web.Data;

/// <summary>Turns what an analyst types into a claim value in consolidation's JSON shapes (<see cref="ClaimValues"/>).</summary>
public static class ValueJson
{
    /// <summary>Counts accept "52" or a range "50-60"; everything else is text. Null when a count does not parse.</summary>
    public static string? FromInput(string field, string input)
    {
        input = input.Trim();
        if (!ClaimFields.IsCount(field)) return ClaimValues.Text(input);
        var dash = input.IndexOf('-', 1);
        var (low, high) = dash > 0 ? (input[..dash], input[(dash + 1)..]) : (input, input);
        return long.TryParse(low.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            && long.TryParse(high.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max >= min
            ? ClaimValues.Count(new CountRange(min, max))
            : null;
    }
}
