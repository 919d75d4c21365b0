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

        FoldPassingMentions(drafts);
        JoinEarlyAccounts(drafts);
    }

    /// <summary>
    /// "relatives of those killed in the massacre", "the siege of the town": once the whole report is read, a
    /// mention with no date or place of its own whose acts an incident told with a date already has is that incident
    /// mentioned in passing, joined to the nearest such incident when it gives no figure or only the incident's own.
    /// Distinct mentions stay apart.
    /// </summary>
    private static void FoldPassingMentions(List<IncidentDraft> drafts)
    {
        // Two passes over the drafts in reading order find, for each mention, the nearest dated incident of its
        // kind before and after it: linear in the number of drafts, whatever the document.
        var inOrder = drafts.OrderBy(d => d.FirstSentence).ToList();
        var before = new IncidentDraft?[inOrder.Count];
        var after = new IncidentDraft?[inOrder.Count];
        var lastDated = new Dictionary<string, IncidentDraft>(StringComparer.Ordinal);
        for (var i = 0; i < inOrder.Count; i++)
        {
            before[i] = lastDated.GetValueOrDefault(inOrder[i].Primary);
            if (IsDatedIncident(inOrder[i]))
            {
                lastDated[inOrder[i].Primary] = inOrder[i];
            }
        }

        lastDated.Clear();
        for (var i = inOrder.Count - 1; i >= 0; i--)
        {
            after[i] = lastDated.GetValueOrDefault(inOrder[i].Primary);
            if (IsDatedIncident(inOrder[i]))
            {
                lastDated[inOrder[i].Primary] = inOrder[i];
            }
        }

        var folded = new HashSet<IncidentDraft>();
        for (var i = 0; i < inOrder.Count; i++)
        {
            var mention = inOrder[i];
            // Legal steps are many and each its own act (inquiry, charge, trial, verdict): never folded.
            if (mention.Date is not null || mention.Aggregate || mention.Distinct || mention.PlaceRank < 4 && mention.Counts.Count == 0
                || mention.Primary == EventTypes.LegalAction)
            {
                continue;
            }

            var nearest = before[i] is null ? after[i]
                : after[i] is null ? before[i]
                : Distance(after[i]!, mention) < Distance(before[i]!, mention) ? after[i] : before[i];
            // "since the night that ended with ten people dead" before "ten were killed" on the day: a figure folds only into its own.
            if (nearest is null || mention.Counts.Count > 0 && !(AllFiguresIn(nearest, mention) && (mention.PlaceRank >= 4 || SamePlace(nearest, mention))))
            {
                continue;
            }

            nearest.Evidence.AddRange(mention.Evidence);
            nearest.Triggers.AddRange(mention.Triggers);
            foreach (var name in mention.Perpetrators)
            {
                nearest.AddPerpetrator(name);
            }

            nearest.Victims ??= mention.Victims;
            folded.Add(mention);
        }

        if (folded.Count > 0)
        {
            drafts.RemoveAll(folded.Contains);
        }
    }

    private static bool AllFiguresIn(IncidentDraft incident, IncidentDraft mention)
    {
        foreach (var (key, count) in mention.Counts)
        {
            // One person dead twice in a report is no evidence of one incident: each single death is someone's own.
            if (count.Max <= 1 || !incident.Counts.TryGetValue(key, out var other) || other.Min != count.Min || other.Max != count.Max)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDatedIncident(IncidentDraft draft) => draft.Date is not null && !draft.Aggregate;

    private static int Distance(IncidentDraft a, IncidentDraft b) =>
        Math.Max(0, Math.Max(a.FirstSentence - b.LastSentence, b.FirstSentence - a.LastSentence));

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

            // Exactly the toll's number of deaths: a third death told right after a toll of two says the toll is no sum.
            var more = i + 1 + told < inOrder.Count && inOrder[i + 1 + told] is var next && next.FirstSentence - last <= 3
                && next.Counts.TryGetValue("killed", out var further) && further.Max == 1;
            if (told == total.Min && !more && inOrder[i + 1].FirstSentence == sum.LastSentence + 1)
            {
                drafts.Remove(sum);
            }
        }
    }

    /// <summary>
    /// "ombudsman says at least six dead" over a first telling that counts five bodies and six dead: every figure of the
    /// headline stands among the figures of the draft's first sentence, so the headline names that incident.
    /// </summary>
    private static bool StatesFigures(TokenIndex ix, IncidentDraft draft, IncidentDraft headline)
    {
        if (headline.Counts.Count == 0 || draft.Evidence.Count == 0)
        {
            return false;
        }

        var first = draft.Evidence[0];
        foreach (var count in headline.Counts.Values)
        {
            if (!ix.Doc.Quantities.Any(q => q.Span.Start >= first.Start && q.Span.End <= first.End && q.Min == count.Min && q.Max == count.Max))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A headline's incident joins the body's first telling of an incident with its acts, or stands first
    /// when the body tells none.
    /// </summary>
    public void AddHeadline(TokenIndex ix, List<IncidentDraft> drafts, IncidentDraft headline)
    {
        var candidates = drafts
            // A headline names the place broadly ("the Paniai shooting" told at Enarotali): only its date can set it apart.
            .Where(d => !d.Aggregate && Covers(d, headline) && !TimeConflict(d, headline) && !LegalStepsApart(d, headline))
            .OrderBy(d => d.FirstSentence)
            .ToList();
        var target = candidates.FirstOrDefault(d => !CountsConflict(d, headline));
        var restated = target is null ? candidates.FirstOrDefault(d => StatesFigures(ix, d, headline)) : null;
        target ??= restated;
        if (target is null)
        {
            drafts.Insert(0, headline);
            return;
        }

        target.Date ??= headline.Date;
        target.DateSpan ??= headline.DateSpan;
        foreach (var (key, count) in headline.Counts)
        {
            if (restated is not null)
            {
                target.Counts[key] = count; // the figure the report leads with, among the several its first telling gives
            }
            else
            {
                target.AddCount(key, count);
            }
        }

        target.Evidence.AddRange(headline.Evidence);
        target.Triggers.AddRange(headline.Triggers);
    }
}
