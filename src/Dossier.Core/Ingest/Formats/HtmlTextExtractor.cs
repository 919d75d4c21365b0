using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Dossier.Core.Ingest.Formats;

/// <summary>
/// The main text of an HTML page: SmartReader (a Readability port) finds the article and drops
/// navigation, boilerplate, scripts and styles; when it finds no article, the body text is taken
/// with AngleSharp after removing scripts, styles and page furniture.
/// </summary>
public static class HtmlTextExtractor
{
    private static readonly string[] NonContentElements = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg"];

    public static ExtractedText Extract(string html)
    {
        // The base URI only resolves relative links; nothing is fetched.
        var article = new Reader("https://dossier.invalid/", html).GetArticle();
        if (article.IsReadable && !string.IsNullOrWhiteSpace(article.TextContent))
        {
            return ExtractedText.Ok(WhitespaceNormalizer.Normalize(article.TextContent), NullIfBlank(article.Title), []);
        }

        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(string.Join(',', NonContentElements)).ToList())
        {
            element.Remove();
        }

        // Blocks become paragraphs and <br> a line break, so words of adjacent blocks never run together.
        foreach (var block in document.QuerySelectorAll("p,div,li,h1,h2,h3,h4,h5,h6,tr,blockquote,pre").ToList())
        {
            block.Insert(AdjacentPosition.BeforeBegin, "\n");
            block.Insert(AdjacentPosition.AfterEnd, "\n");
        }

        foreach (var lineBreak in document.QuerySelectorAll("br").ToList())
        {
            lineBreak.Insert(AdjacentPosition.AfterEnd, "\n");
        }

        var text = WhitespaceNormalizer.Normalize(document.Body?.TextContent ?? string.Empty);
        return ExtractedText.Ok(text, NullIfBlank(document.Title), []);
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
