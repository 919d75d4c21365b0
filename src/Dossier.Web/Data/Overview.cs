namespace Dossier.Web.Data;

/// <summary>Everything on the overview page, read in one go.</summary>
public sealed record Overview(
    IReadOnlyList<TypeMonthCount> ByTypeAndMonth,
    IReadOnlyList<SourceSummary> LatestReports,
    int OpenReviewItems,
    IReadOnlyList<ClaimView> OldestReviewItems,
    IReadOnlyList<DisputedFigure> DisputedFigures);
