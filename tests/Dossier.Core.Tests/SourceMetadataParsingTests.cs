using Dossier.Core.Domain.Sources;
using Dossier.Text.Model;

namespace Dossier.Core.Tests;

public sealed class SourceMetadataParsingTests
{
    [Theory]
    [InlineData("2019-03-14", "2019-03-14", DatePrecision.Day)]
    [InlineData("2019-03", "2019-03", DatePrecision.Month)]
    [InlineData("2019", "2019", DatePrecision.Year)]
    public void PublishedDate_KeepsThePrecisionGiven(string text, string iso, DatePrecision precision)
    {
        Assert.True(PublishedDateParser.TryParse(text, out var date));
        Assert.Equal(iso, date.ToIso());
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("2019-13-01")]
    [InlineData("14 March 2019")]
    [InlineData("19")]
    [InlineData("")]
    public void PublishedDate_RejectsAnythingElse(string text) =>
        Assert.False(PublishedDateParser.TryParse(text, out _));

    [Theory]
    [InlineData("2019-03-14", "2019-03-14")]
    [InlineData("2019-03", null)]
    [InlineData("2019", null)]
    public void PublishedDate_OnlyADayAnchorsRelativeDates(string text, string? anchor)
    {
        Assert.True(PublishedDateParser.TryParse(text, out var date));

        Assert.Equal(anchor, PublishedDateParser.AnchorDay(date)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void PublishedDate_NothingGiven_AnchorsNothing() =>
        Assert.Null(PublishedDateParser.AnchorDay(null));

    [Theory]
    [InlineData("A", SourceReliability.A)]
    [InlineData("f", SourceReliability.F)]
    public void Reliability_AcceptsOneLetterAToF(string text, SourceReliability expected)
    {
        Assert.True(SourceReliabilityParser.TryParse(text, out var grade));
        Assert.Equal(expected, grade);
    }

    [Theory]
    [InlineData("G")]
    [InlineData("AB")]
    [InlineData(null)]
    public void Reliability_RejectsOtherValues(string? text) =>
        Assert.False(SourceReliabilityParser.TryParse(text, out _));
}
