using Dossier.Text.Events;

namespace Dossier.Text.Tests.Events;

public sealed class NameResolverTests
{
    [Fact]
    public void Displayed_PrefersTheMixedCaseAlias_OfANameInCapitals()
    {
        var (name, aliases) = NameResolver.Displayed("TARVEL", ["Tarvel", "Tarvel Town"]);

        Assert.Equal("Tarvel", name);
        Assert.Contains("TARVEL", aliases);
        Assert.DoesNotContain("Tarvel", aliases);
    }

    [Fact]
    public void Displayed_CapitalisesEachWord_WhenNoAliasHasTheUsualForm()
    {
        var (name, _) = NameResolver.Displayed("NORTH TARVEL", []);

        Assert.Equal("North Tarvel", name);
    }

    [Theory]
    [InlineData("UN")]
    [InlineData("NATO")]
    [InlineData("Tarvel")]
    public void Displayed_KeepsOtherNames(string given)
    {
        var (name, _) = NameResolver.Displayed(given, []);

        Assert.Equal(given, name);
    }
}
