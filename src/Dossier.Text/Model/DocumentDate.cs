namespace Dossier.Text.Model;

/// <summary>
/// The report's own date: printed in the text (<see cref="Stated"/>), given by the caller, or inferred
/// from evidence in the text, with the method and the reasoning kept. Immutable.
/// </summary>
public sealed record DocumentDate(DateValue Date, bool Stated, string Method, string Reasoning, TextSpan? Span = null);
