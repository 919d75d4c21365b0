namespace Dossier.Text.Events;

/// <summary>How a trigger word relates to the incident it names; decides where its figures are read.</summary>
internal enum TriggerRole
{
    /// <summary>A past or -ing verb form ("killed", "abducting", "taken hostage").</summary>
    Verb,

    /// <summary>
    /// A base or present verb form ("obstruct", "detains") that only counts after "continues to" and the like, or in
    /// an item of a dated chronicle told in the present ("31 July – Police detain teachers").
    /// </summary>
    BaseVerb,

    /// <summary>A plural noun whose figure counts victims ("800 executions", "seven hostages").</summary>
    VictimNoun,

    /// <summary>A noun naming the incident itself ("massacre"); a figure before it counts incidents.</summary>
    IncidentNoun,

    /// <summary>A noun that is also a base verb ("attack", "arrest"); after "to" it is an intention.</summary>
    NounOrVerb,

    /// <summary>"injured", "wounded": adds a figure to another act, names no incident alone.</summary>
    Injury,
}
