using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests;

public sealed partial class AccessTableTests
{
    private static Dictionary<string, string> NoFields(SampleRecords r, string role) => [];

    /// <summary>
    /// The table. Successful page POSTs redirect (302, post/redirect/get) or re-render (200);
    /// 400 is a refused action that the role was allowed to attempt (e.g. merging an unknown incident).
    /// </summary>
    public static readonly Access[] Table =
    [
        // Pages anyone signed in reads.
        new("GET", "/", 302, 200, 200, 200),
        new("GET", "/Incidents", 302, 200, 200, 200),
        new("GET", "/Incidents?type=killing&country=SY&q=market", 302, 200, 200, 200),
        new("GET", "/Incidents/{incident}", 302, 200, 200, 200),
        new("GET", "/Reports", 302, 200, 200, 200),
        new("GET", "/Reports?q=killed", 302, 200, 200, 200),
        new("GET", "/Reports/{source}", 302, 200, 200, 200),
        new("GET", "/Actors", 302, 200, 200, 200),
        new("GET", "/Actors/{actor}", 302, 200, 200, 200),
        new("GET", "/Places", 302, 200, 200, 200),
        new("GET", "/Review", 302, 200, 200, 200),
        new("GET", "/Demands", 302, 200, 200, 200),
        new("GET", "/Audit", 302, 200, 200, 200),
        new("GET", "/Account/Tokens", 302, 200, 200, 200),
        new("GET", "/Account/SignIn", 200, 200, 200, 200),
        // Pages for editors and admins.
        new("GET", "/Upload", 302, 403, 200, 200),
        new("GET", "/Admin/Users", 302, 403, 403, 200),
        // Page actions.
        new("POST", "/Incidents/{incident}?handler=Confirm", 302, 403, 302, 302, NoFields),
        new("POST", "/Incidents/{incident}?handler=ConfirmClaim", 302, 403, 302, 302, (r, _) => new() { ["claimId"] = r.KilledClaimId.ToString() }),
        new("POST", "/Incidents/{incident}?handler=Correct", 302, 403, 302, 302, (_, role) => new() { ["Field"] = "count.killed", ["Value"] = "14", ["Note"] = "checked by " + role }),
        new("POST", "/Incidents/{incident}?handler=Merge", 302, 403, 400, 400, (_, _) => new() { ["other"] = "999999" }),
        new("POST", "/Incidents/{incident}?handler=Split", 302, 403, 400, 400, NoFields),
        new("POST", "/Review?handler=Accept", 302, 403, 302, 302, (r, _) => new() { ["claimId"] = r.KilledClaimId.ToString() }),
        new("POST", "/Review?handler=Reject", 302, 403, 302, 302, (_, _) => new() { ["claimId"] = "999999" }),
        new("POST", "/Upload", 302, 403, 200, 200, (_, role) => new() { ["file"] = $"Report uploaded by the {role} test on {Guid.NewGuid()}." }),
        new("POST", "/Admin/Users?handler=Add", 302, 403, 403, 302, (_, _) => new() { ["name"] = "new-" + Guid.NewGuid().ToString("N")[..8], ["role"] = "Viewer", ["password"] = "a long enough password" }),
        new("POST", "/Admin/Users?handler=Role", 302, 403, 403, 302, (_, _) => new() { ["userId"] = "3", ["role"] = "Viewer" }),
        new("POST", "/Account/Tokens?handler=Create", 302, 200, 200, 200, (_, _) => new() { ["name"] = "script" }),
        new("POST", "/Account/Tokens?handler=Revoke", 302, 302, 302, 302, (_, _) => new() { ["tokenId"] = "999999" }),
        // The JSON API: reads.
        new("GET", "/api/incidents", 401, 200, 200, 200),
        new("GET", "/api/incidents?type=killing&from=2024-01-01", 401, 200, 200, 200),
        new("GET", "/api/incidents/{incident}", 401, 200, 200, 200),
        new("GET", "/api/incidents/999999", 401, 404, 404, 404),
        new("GET", "/api/claims/{claim}", 401, 200, 200, 200),
        new("GET", "/api/sources", 401, 200, 200, 200),
        new("GET", "/api/sources/{source}", 401, 200, 200, 200),
        new("GET", "/api/sources/{source}/original", 401, 200, 200, 200),
        new("GET", "/api/search?q=killed", 401, 200, 200, 200),
        new("GET", "/api/search", 401, 400, 400, 400),
        new("GET", "/api/demands", 401, 200, 200, 200),
        new("GET", "/api/actors", 401, 200, 200, 200),
        new("GET", "/api/actors/{actor}", 401, 200, 200, 200),
        new("GET", "/api/places", 401, 200, 200, 200),
        new("GET", "/api/review", 401, 200, 200, 200),
        new("GET", "/api/openapi/v1.json", 200, 200, 200, 200),
        // The JSON API: review actions.
        new("POST", "/api/incidents/{incident}/confirm", 401, 403, 200, 200),
        new("POST", "/api/incidents/{incident}/corrections", 401, 403, 200, 200, Json: """{"field":"count.killed","value":"13","note":"API check"}"""),
        new("POST", "/api/incidents/{incident}/merge", 401, 403, 400, 400, Json: """{"other":999999}"""),
        new("POST", "/api/incidents/{incident}/split", 401, 403, 400, 400),
        new("POST", "/api/review/{claim}/accept", 401, 403, 200, 200),
        new("POST", "/api/review/999999/reject", 401, 403, 400, 400),
    ];
}
