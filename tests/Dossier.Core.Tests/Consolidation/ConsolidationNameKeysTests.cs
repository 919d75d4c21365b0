using Dossier.Core.Consolidation;

namespace Dossier.Core.Tests.Consolidation;

public class ConsolidationNameKeysTests
{
    private static NameResolution ResolveAgainst(Dictionary<long, string[]> known, string kind, bool isPerson, params string[] names)
    {
        var stored = known.SelectMany(k => NameResolver.KeysFor(kind, k.Value, isPerson).Select(key => new KeyHit(key, k.Key))).ToList();
        return NameResolver.Resolve(keys => stored.Where(h => keys.Contains(h.Key)).ToList(), kind, names, isPerson);
    }

    [Theory]
    [InlineData("Nouri al-Maliki", "Nuri Maliki")]
    [InlineData("Nouri al-Maliki", "Nouri Al Maliki")]
    [InlineData("José Luis Rodríguez Zapatero", "Jose Luis Rodriguez Zapatero")]
    [InlineData("Mrs Maryam Rajavi", "Maryam Rajavi")]
    public void Person_SpellingVariants_ResolveToOneActor(string first, string second)
    {
        var result = ResolveAgainst(new() { [1] = [first] }, "person", true, second);

        Assert.Equal(NameResolutionKind.Resolved, result.Kind);
        Assert.Equal(1, result.Id);
    }

    [Fact]
    public void BareSurname_OneCandidate_Resolves()
    {
        var result = ResolveAgainst(new() { [1] = ["Nouri al-Maliki"], [2] = ["Maryam Rajavi"] }, "person", true, "Maliki");

        Assert.Equal(1, result.Id);
    }

    [Fact]
    public void BareSurname_TwoCandidates_StaysUnresolved()
    {
        var result = ResolveAgainst(new() { [1] = ["Maryam Rajavi", "Rajavi"], [2] = ["Saleh Rajavi"] }, "person", true, "Rajavi");

        Assert.Equal(NameResolutionKind.Ambiguous, result.Kind);
        Assert.Null(result.Id);
        Assert.Equal([1L, 2L], result.Candidates.Order());
    }

    [Fact]
    public void DifferentFirstNames_SameSurname_StayTwoPeople()
    {
        var result = ResolveAgainst(new() { [1] = ["Maryam Rajavi", "Rajavi"] }, "person", true, "Saleh Rajavi", "Rajavi");

        Assert.Equal(NameResolutionKind.New, result.Kind);
    }

    [Theory]
    [InlineData("PMOI")]
    [InlineData("People’s Mojahedin Organization of Iran")]
    [InlineData("MEK")]
    [InlineData("Mujahedin-e-Khalq")]
    [InlineData("Mojahedin-e Khalq")]
    public void Organization_AcronymsExpansionsTransliterations_ResolveToOneActor(string name)
    {
        var known = new Dictionary<long, string[]> { [7] = ["People's Mojahedin Organization of Iran", "PMOI", "MEK", "Mujahedin-e-Khalq"] };

        var result = ResolveAgainst(known, "org", false, name);

        Assert.Equal(7, result.Id);
    }

    [Fact]
    public void Acronym_MeetsExpansionWithoutBeingToldSo()
    {
        var result = ResolveAgainst(new() { [3] = ["United Nations High Commissioner for Refugees"] }, "org", false, "UNHCR");

        Assert.Equal(3, result.Id);
    }

    [Fact]
    public void TwoExpansions_WithSameInitials_DoNotMeet()
    {
        var result = ResolveAgainst(new() { [3] = ["Iraqi Security Forces"] }, "org", false, "Islamic State Front");

        Assert.Equal(NameResolutionKind.New, result.Kind);
    }

    [Fact]
    public void Place_AliasFromAnEarlierReport_Resolves()
    {
        var result = ResolveAgainst(new() { [3] = ["Camp Ashraf", "Ashraf"] }, "place/IQ", false, "Ashraf");

        Assert.Equal(3, result.Id);
    }

    [Fact]
    public void Place_SameNameInAnotherCountry_IsAnotherPlace()
    {
        var stored = NameResolver.KeysFor("place/IQ", ["Camp Ashraf"], false).Select(k => new KeyHit(k, 3)).ToList();

        var result = NameResolver.Resolve(keys => stored.Where(h => keys.Contains(h.Key)).ToList(), "place/IR", ["Camp Ashraf"], false);

        Assert.Equal(NameResolutionKind.New, result.Kind);
    }
}
