using Dossier.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dossier.Web.Endpoints;

/// <summary>Turns an action's outcome into 200 or a validation problem carrying the user-facing message.</summary>
public static class ActionOutcomeResults
{
    public static Results<Ok<ActionOutcome>, ValidationProblem> From(ActionOutcome result) =>
        result.Succeeded
            ? TypedResults.Ok(result)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["action"] = [result.Message] });
}
