using Dossier.Text.Model;

namespace Dossier.Text.Events;

/// <summary>
/// What keeps two drafts apart in <see cref="IncidentMerger"/>: acts that cannot be one incident, times or places that
/// differ, figures that disagree (two exact ones, or one person against many).
/// </summary>
internal sealed partial class IncidentMerger
{
    private static bool Compatible(IncidentDraft a, IncidentDraft b)
    {
        foreach (var type in a.Types)
        {
            if (b.Types.Contains(type))
            {
                return true;
            }
        }

        if (a.Types.Any(IsKilling) && b.Types.Any(IsKilling))
        {
            return true;
        }

        // An "attack" is the act that a killing or an abduction was part of.
        return a.IsViolent && b.IsViolent && (a.Types.Contains(EventTypes.Attack) || b.Types.Contains(EventTypes.Attack));
    }

    private static bool Conflicts(IncidentDraft a, IncidentDraft b) => TimeOrPlaceConflict(a, b) || CountsConflict(a, b) || OtherPerson(a, b);

    /// <summary>"Sevinj Vagifgizi was detained ... Aziz Orujov was arrested": each counts one named person, not the same one.</summary>
    private static bool OtherPerson(IncidentDraft a, IncidentDraft b) =>
        a.NamedVictim is var (key, person) && b.NamedVictim is var (otherKey, other) && key == otherKey && person != other
        && a.Counts.TryGetValue(key, out var ours) && ours.Max == 1 && b.Counts.TryGetValue(key, out var theirs) && theirs.Max == 1;

    private static bool TimeOrPlaceConflict(IncidentDraft a, IncidentDraft b) =>
        TimeConflict(a, b) || (a.PlaceRank < 4 && b.PlaceRank < 4 && !SamePlace(a, b) && !b.Anaphoric);

    // "1,528 killings between 1979 and 2012" holds the month of one killing, but a span of years is a period, not
    // one incident's time: an incident and a period are told apart.
    private static bool TimeConflict(IncidentDraft a, IncidentDraft b) =>
        a.Date is { } da && b.OwnDate is { } db && (!(Contains(da, db) || Contains(db, da)) || SpansYears(da) != SpansYears(db));

    private static bool SpansYears(DateValue date) => date.End.Year > date.Start.Year;

    private static bool CountsConflict(IncidentDraft a, IncidentDraft b)
    {
        foreach (var (key, count) in b.Counts)
        {
            // "Two students died in the shooting" that killed six: a reference may give a part of the incident's figure.
            if (!b.Anaphoric && a.Counts.TryGetValue(key, out var other) && (other.Min != count.Min || other.Max != count.Max)
                && (count.IsExact && other.IsExact || OneAmongMany(count, other)) && !(b.Refers && count.Max <= other.Min)
                && !IncidentDraft.Refines(other, count) && !IncidentDraft.Refines(count, other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Myrna Mack was stabbed to death" and "some 200,000 people were killed": one person is not many, however vague the figure.</summary>
    private static bool OneAmongMany(ExtractedCount a, ExtractedCount b) =>
        a.Max == 1 && b.Min >= ManyPeople || b.Max == 1 && a.Min >= ManyPeople;

    /// <summary>The two count one person and many for the same key: no account of one is an account of the other.</summary>
    private static bool OneAgainstMany(IncidentDraft a, IncidentDraft b)
    {
        foreach (var (key, count) in b.Counts)
        {
            if (a.Counts.TryGetValue(key, out var other) && OneAmongMany(count, other))
            {
                return true;
            }
        }

        return false;
    }

    private const int ManyPeople = 10;

    /// <summary>"killed ten men", later "executed the ten men": the same dead, told as killed and as executed.</summary>
    private static bool DeadCountedAlready(IncidentDraft target, string key, ExtractedCount count)
    {
        var other = key switch
        {
            "killed" => "executed",
            "executed" => "killed",
            _ => null,
        };
        return other is not null && target.Counts.TryGetValue(other, out var dead) && dead.Min == count.Min && dead.Max == count.Max;
    }

    private static bool Contains(DateValue outer, DateValue inner) => outer.Start <= inner.Start && inner.End <= outer.End;

    private static bool SamePlace(IncidentDraft a, IncidentDraft b) => a.PlaceMention == b.PlaceMention || (a.PlaceEntity >= 0 && a.PlaceEntity == b.PlaceEntity);
}
