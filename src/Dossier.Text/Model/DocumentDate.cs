namespace Dossier.Text.Model;

/// <summary>
/// The report's own date: printed in the text (<see cref="Stated"/>), given by the caller, or inferred
/// from evidence in the text, with the method and the reasoning kept. Immutable.
/// </summary>
public sealed record DocumentDate(DateValue Date, bool Stated, string Method, string Reasoning, TextSpan? Span = null)
{
    /// <summary>
    /// For a date counted by anniversary from a year-less date ("Thursday marks ten years since ... on 1 March"): that
    /// date's span and the day it then names, ten years before the report (<c>2008-03-01</c>).
    /// </summary>
    public (TextSpan Span, DateValue Day)? Anchor { get; init; }
}
