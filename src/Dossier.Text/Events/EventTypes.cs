namespace Dossier.Text.Events;

/// <summary>The event types of the extraction format, and the order in which one is chosen as primary.</summary>
public static class EventTypes
{
    public const string Killing = "killing";
    public const string Execution = "execution";
    public const string Abduction = "abduction";
    public const string Arrest = "arrest";
    public const string Torture = "torture";
    public const string SexualViolence = "sexual_violence";
    public const string Attack = "attack";
    public const string Displacement = "displacement";
    public const string Siege = "siege";
    public const string Destruction = "destruction";
    public const string Protest = "protest";
    public const string Meeting = "meeting";
    public const string LegalAction = "legal_action";

    /// <summary>When one incident has several acts, the first of these present is the primary type.</summary>
    public static readonly IReadOnlyList<string> Priority =
    [
        Killing, Execution, Abduction, SexualViolence, Torture, Arrest, Displacement, Destruction, Attack,
        Siege, Protest, Meeting, LegalAction,
    ];

    /// <summary>Acts of violence that can be parts of one incident (a raid that kills and abducts).</summary>
    public static bool IsViolent(string type) =>
        type is Killing or Execution or Abduction or Arrest or Torture or SexualViolence or Attack
            or Displacement or Destruction;

    /// <summary>Acts of one raid on a place (killing, abduction, attack, ...): told together, they are one incident.</summary>
    public static bool IsRaidAct(string type) =>
        type is Killing or Execution or Abduction or Attack or Torture or SexualViolence or Destruction;

    public static int Rank(string type)
    {
        // An array, not the interface: the merger ranks types for every earlier incident it considers.
        var order = PriorityOrder;
        for (var i = 0; i < order.Length; i++)
        {
            if (ReferenceEquals(order[i], type) || order[i] == type)
            {
                return i;
            }
        }

        return order.Length;
    }

    private static readonly string[] PriorityOrder = [.. Priority];
}
