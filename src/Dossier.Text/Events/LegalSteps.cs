namespace Dossier.Text.Events;

/// <summary>
/// The kind of legal step a trigger word names. An inquiry, a trial, charges and sanctions are separate
/// acts even when one report tells them one after another; mentions of one kind may be one act.
/// </summary>
internal static class LegalSteps
{
    private static readonly WordSet Inquiry = new("investigation investigations inquiry inquiries probe examination preliminary hearing hearings");

    private static readonly WordSet Trial = new("trial trials pleaded");

    private static readonly WordSet Judgment = new(
        "verdict verdicts convicted conviction convictions sentenced acquitted found ruled ruling judgment judgement " +
        "upheld overturned quashed jailed imprisoned fined");

    private static readonly WordSet Charge = new("charged charges indicted indictment arraigned prosecuted prosecution referred referral arrest lawsuit");
    private static readonly WordSet Sanction = new("sanctions sanctioned arms visa travel asset");

    public static string KindOf(ReadOnlySpan<char> firstWord) =>
        Inquiry.Contains(firstWord) ? "inquiry"
        : Trial.Contains(firstWord) ? "trial"
        : Judgment.Contains(firstWord) ? "judgment"
        : Charge.Contains(firstWord) ? "charge"
        : Sanction.Contains(firstWord) ? "sanction"
        : "other";
}
