using System.Net;
using System.Text;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests;

/// <summary>Uploads from the browser go through the CLI's IngestService: same checks, same words.</summary>
public sealed class UploadTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("empty.txt", "", "FAILED: empty file")]
    [InlineData("program.exe", "MZ binary", "FAILED: unsupported file type &#x27;.exe&#x27;")]
    [InlineData("report.txt", "Police detained 4 journalists in Oldtown on 2 May 2023, their union said.", "added (")]
    public async Task Upload_ReportsTheIngestOutcome(string name, string content, string expected)
    {
        var html = await UploadAsync(name, content);
        Assert.Contains(expected, html);
    }

    [Fact]
    public async Task Upload_OfTheSameBytesTwice_IsADuplicate()
    {
        const string text = "Monitors counted 3 arrests in Eastport on 9 June 2022.";
        Assert.Contains("added (", await UploadAsync("first.txt", text));
        Assert.Contains("DUPLICATE: duplicate of", await UploadAsync("second.txt", text));
    }

    private async Task<string> UploadAsync(string name, string content)
    {
        var analyst = await app.ClientAsync("analyst");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await WebAppFixture.AntiforgeryTokenAsync(analyst, "/Upload")), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "files", name },
        };
        using var response = await analyst.PostAsync("/Upload", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
