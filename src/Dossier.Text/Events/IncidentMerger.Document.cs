namespace Dossier.Text.Events;

/// <summary>The merges <see cref="IncidentMerger"/> makes once the whole document is read: opening mentions and headlines.</summary>
internal sealed partial class IncidentMerger
{
    /// <summary>
    /// Joins a loose attack in the opening sentences ("Monday marks one year since soldiers fired on the
    /// clinic") to the dated act of violence told just after it, once the whole document has been read.
    /// </summary>
    public void Finish(List<IncidentDraft> drafts)
    {
        DropSums(drafts);
        var inOrder = drafts.OrderBy(d => d.FirstSentence).ToList();
        for (var i = 0; i < inOrder.Count; i++)
        {
            var loose = inOrder[i];
            // Only a report's opening sentences name an attack in passing ("fired on the crowd") or an act with a
            // definite noun ("the deaths of their children") before telling the incident it was; other loose acts
            // there may be incidents of their own.
            if (loose.Date is not null || loose.Counts.Count > 0 || loose.Aggregate || loose.Distinct || loose.FirstSentence > 2
                || !(loose.Types.All(t => t == EventTypes.Attack) || (loose.Anaphoric && loose.IsViolent)))
            {
                continue;
            }

            for (var j = i + 1; j < inOrder.Count && j <= i + 3; j++)
            {
                var full = inOrder[j];
                if (full.FirstSentence - loose.LastSentence > 4)
                {
                    break;
                }

                if (full.Date is not null && !full.Aggregate && Compatible(full, loose) && !Conflicts(full, loose)
                    && full.IsViolent)
                {
                    foreach (var type in loose.Types)
                    {
                        full.AddType(type);
                    }

                    full.Evidence.InsertRange(0, loose.Evidence);
                    full.Triggers.InsertRange(0, loose.Triggers);
                    foreach (var name in loose.Perpetrators)
                    {
                        full.AddPerpetrator(name);
                    }

                    full.Victims ??= loose.Victims;
                    full.FirstSentence = loose.FirstSentence;
                    drafts.Remove(loose);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "At least two people have died. X was killed on 10 August ... Y died on 12 August ...": an undated toll whose
    /// figure is the number of deaths told one by one, each with its day, right after it in the paragraph, is their sum
    /// and no incident of its own.
    /// </summary>
    private static void DropSums(List<IncidentDraft> drafts)
    {
        var inOrder = drafts.OrderBy(d => d.FirstSentence).ToList();
        for (var i = 0; i < inOrder.Count; i++)
        {
            var sum = inOrder[i];
            if (sum.Date is not null || sum.PlaceRank < PlaceFinder.InferredRank || sum.Counts.Count != 1 || !sum.Types.All(IsKilling)
                || !sum.Counts.TryGetValue("killed", out var total) || !total.IsExact || total.Min is < 2 or > 5)
            {
                continue;
            }

            var told = 0;
            var last = sum.LastSentence;
            for (var j = i + 1; j < inOrder.Count && told < total.Min; j++)
            {
                var one = inOrder[j];
                if (one.FirstSentence - last > 3 || one.Date is null || !one.Counts.TryGetValue("killed", out var dead) || dead.Max != 1)
                {
                    break;
                }

                told++;
                last = one.FirstSentence;
            }

            if (told == total.Min && inOrder[i + 1].FirstSentence == sum.LastSentence + 1)
            {
                drafts.Remove(sum);
            }
        }
    }

    /// <summary>
    /// A headline's incident joins the body's first telling of an incident with its acts, or stands first
    /// when the body tells none.
    /// </summary>
    public void AddHeadline(List<IncidentDraft> drafts, IncidentDraft headline)
    {
        var target = drafts
            .Where(d => !d.Aggregate && Covers(d, headline) && !Conflicts(d, headline) && !LegalStepsApart(d, headline))
            .OrderBy(d => d.FirstSentence)
            .FirstOrDefault();
        if (target is null)
        {
            drafts.Insert(0, headline);
            return;
        }

        target.Date ??= headline.Date;
        target.DateSpan ??= headline.DateSpan;
        foreach (var (key, count) in headline.Counts)
        {
            target.AddCount(key, count);
        }

        target.Evidence.AddRange(headline.Evidence);
        target.Triggers.AddRange(headline.Triggers);
    }
}
