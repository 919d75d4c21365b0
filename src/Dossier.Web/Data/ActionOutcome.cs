namespace Dossier.Web.Data;

/// <summary>The outcome of an analyst action: success (with the incident to show next) or a message for the user.</summary>
public sealed record ActionOutcome(bool Succeeded, string Message, long? IncidentId = null)
{
    public static ActionOutcome Ok(string message, long? incidentId = null) => new(true, message, incidentId);
    public static ActionOutcome Fail(string message) => new(false, message);
}
