namespace Dossier.Text.Tests.Events;

/// <summary>Fasts and refusals of food as protest, against "fast" the adjective or adverb (our own sentences).</summary>
public sealed class FastingProtestTests
{
    private static readonly DateOnly Published = new(2016, 5, 20);

    [Theory]
    [InlineData("On 3 May the parents kept a 43-hour fast in the main square of Tarvo.")]
    [InlineData("On 3 May the mothers began their fast outside the ministry.")]
    [InlineData("On 3 May a teacher from Tarvo stopped eating in protest at his dismissal.")]
    [InlineData("On 3 May the prisoners refused food.")]
    public void Find_AFastIsAProtest(string text)
    {
        var ev = Assert.Single(UpstreamDoc.Events(text, Published));

        Assert.Equal(("protest", "2016-05-03"), (ev.Type, ev.Date?.ToIso()));
    }

    [Theory]
    [InlineData("On 3 May the ministry gave a fast response to the complaint.")]
    [InlineData("The army moved fast on 3 May.")]
    [InlineData("On 3 May the court held a fast hearing.")]
    public void Find_FastAsAnAdjectiveOrAdverb_IsNoProtest(string text)
    {
        Assert.DoesNotContain(UpstreamDoc.Events(text, Published), e => e.Type == "protest");
    }
}
