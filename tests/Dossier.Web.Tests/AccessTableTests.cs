using System.Net.Http.Headers;
using System.Text;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests;

/// <summary>
/// Every page and API endpoint × every role (anonymous, viewer, analyst, admin) → the status expected.
/// Page POSTs carry a valid anti-forgery token, so a refusal here is the role's, not the token's.
/// Anonymous pages redirect to sign-in (302); the API answers 401 and never redirects.
/// </summary>
public sealed partial class AccessTableTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    public static readonly string[] Roles = ["anonymous", "viewer", "analyst", "admin"];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var access in Table)
            foreach (var role in Roles)
                data.Add(access.Method, access.Path, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Request_GivesExpectedStatus_ForRole(string method, string path, string role)
    {
        var access = Table.Single(a => a.Method == method && a.Path == path);
        var client = await app.ClientAsync(role);
        using var request = new HttpRequestMessage(new HttpMethod(method), access.Resolve(app.Records));
        if (access.Form is not null)
        {
            var form = access.Form(app.Records, role);
            form["__RequestVerificationToken"] = await WebAppFixture.AntiforgeryTokenAsync(client, role == "anonymous" ? "/Account/SignIn" : "/Account/Tokens");
            request.Content = path == "/Upload" ? Multipart(form) : new FormUrlEncodedContent(form);
        }
        else if (access.Json is not null)
        {
            request.Content = new StringContent(access.Json.Replace("{other}", app.Records.OtherIncidentId.ToString(), StringComparison.Ordinal), Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);

        Assert.True(access.ExpectedFor(role) == (int)response.StatusCode,
            $"{method} {path} as {role}: expected {access.ExpectedFor(role)}, got {(int)response.StatusCode} {response.Headers.Location}");
        if ((int)response.StatusCode == 302 && role == "anonymous")
            Assert.StartsWith("/Account/SignIn", response.Headers.Location!.OriginalString.Replace(app.BaseAddress.ToString().TrimEnd('/'), "", StringComparison.Ordinal));
    }

    private static MultipartFormDataContent Multipart(Dictionary<string, string> form)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in form.Where(f => f.Key != "file"))
            content.Add(new StringContent(value), name);
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(form["file"]));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        content.Add(file, "files", $"upload-{Guid.NewGuid():N}.txt");
        return content;
    }
}
