using Dossier.Text.Tests.Support;

namespace Dossier.Text.Tests.Segmentation;

public partial class SegmenterTests
{
    [Theory]
    [InlineData("First paragraph.\n\nSecond paragraph.", "First paragraph.|Second paragraph.")]
    [InlineData("Headline here\nBody starts. It goes on.", "Headline here|Body starts. It goes on.")]
    [InlineData("One line ends.\nNext paragraph.", "One line ends.|Next paragraph.")]
    [InlineData("A sentence that wraps\nonto the next line.", "A sentence that wraps\nonto the next line.")]
    [InlineData("A list of things,\nAnd More.", "A list of things,\nAnd More.")]
    [InlineData("  \n\n  Padded.  \n\n\n", "Padded.")]
    [InlineData("Windows\r\n\r\nlines.\r\n", "Windows|lines.")]
    public void Paragraphs_AreSplitAsExpected(string text, string expected)
    {
        var doc = DocBuilder.Segmented(text);
        Assert.Equal(expected.Split('|'), doc.Paragraphs.Select(p => doc.Text[p.Start..p.End]));
    }

    [Theory]
    [InlineData("GENEVA, 14 March 2019 \u2013 The council met.", "GENEVA, 14 March 2019 -")]
    [InlineData("NAIROBI (Reuters) - Police fired.", "NAIROBI (Reuters) -")]
    [InlineData("Kabul, Afghanistan \u2014 Gunmen attacked.", "Kabul, Afghanistan -")]
    [InlineData("Rio de Janeiro, Brazil -- Police raided.", "Rio de Janeiro, Brazil --")]
    [InlineData("Big news today\n\nLONDON, March 14 (AP) - A court ruled.", "LONDON, March 14 (AP) -")]
    [InlineData("14 March 2019 - The council met in Geneva.", "14 March 2019 -")]
    [InlineData("Police killings in the north\n\n(Manila, 2 October 2017) \u2013 Police killed at least 32 men.", "(Manila, 2 October 2017) -")]
    [InlineData("Beirut \u2013 14 June 2023: Amnesty International said the strikes were unlawful.", "Beirut - 14 June 2023:")]
    [InlineData("KYIV \u2013 14 Ukrainians \u2013 all civilians \u2013 were killed.", "KYIV -")]
    [InlineData("Briefing notes on Ostrel\n\nGENEVA (9 April 2024) \u2013 Spokesperson for the High Commissioner\n\nThe situation worsened.", "GENEVA (9 April 2024) -")]
    public void Dateline_AtStartOfFirstBodyParagraph_IsFound(string text, string expected)
    {
        var doc = DocBuilder.Segmented(text);
        Assert.NotNull(doc.Dateline);
        Assert.Equal(expected, doc.TextOf(doc.Dateline.Value));
    }

    [Theory]
    [InlineData("On September 1, 2013, the forces attacked Camp Ashraf \u2013 North of Baghdad.")]
    [InlineData("The United Nations must act - now.")]
    [InlineData("First paragraph is long enough and ends.\n\nPARIS - too late.")]
    [InlineData("Al-Maliki - ")]
    [InlineData("52 people - mostly women - were killed.")]
    [InlineData("STATEMENT - Cape Labour Rights Forum\n\nPolice fired on the crowd.")]
    [InlineData("Monthly digest\n\n4 March – Ostrel Heights: Police detained nine students.")]
    [InlineData("Monthly digest\n\n4 March – Police detain nine students at a march.")]
    public void Dateline_Absent_WhenTextDoesNotOpenWithOne(string text)
    {
        Assert.Null(DocBuilder.Segmented(text).Dateline);
    }
}
