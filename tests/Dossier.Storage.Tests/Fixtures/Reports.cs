using System.Text;
using Dossier.Core.Domain.Sources;
using Dossier.Core.Ingest;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Dossier.Storage.Tests.Fixtures;

/// <summary>Small reports of each format, generated in the test.</summary>
public static class Reports
{
    public static IngestRequest Request(string name, byte[] content, string user = "tester") =>
        new(name, new MemoryStream(content), new SourceMetadata(user));

    public static IngestRequest Request(string name, string text, string user = "tester") =>
        Request(name, Encoding.UTF8.GetBytes(text), user);

    public static byte[] Pdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var y = 760.0;
        foreach (var line in lines)
        {
            page.AddText(line, 12, new PdfPoint(50, y), font);
            y -= 20;
        }

        return builder.Build();
    }
}
