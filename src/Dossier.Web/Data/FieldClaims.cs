namespace Dossier.Web.Data;

/// <summary>Every claim about one field of an incident side by side, with the shown value and the range.</summary>
public sealed record FieldClaims(
    string Field,
    string? Shown,
    string? Low,
    string? High,
    bool Disagreement,
    string Rule,
    IReadOnlyList<ClaimView> Claims);
