namespace Dossier.Web.Endpoints;

/// <summary>An analyst's correction of one field: recorded as a new claim carrying the note.</summary>
public sealed record CorrectionRequest(string Field, string Value, string Note)
{
    public Dictionary<string, string[]>? Validate()
    {
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Field)) problems["field"] = ["Say which field you correct."];
        if (string.IsNullOrWhiteSpace(Value)) problems["value"] = ["Give the corrected value."];
        if (string.IsNullOrWhiteSpace(Note)) problems["note"] = ["Say why (a note is kept with the correction)."];
        else if (!string.IsNullOrWhiteSpace(Field) && Dossier.Web.Data.ValueJson.FromInput(Field, Value) is null)
            problems["value"] = ["A count is a whole number, or a range such as 50-60."];
        return problems.Count == 0 ? null : problems;
    }
}
