using Dossier.Text.Model;

namespace Dossier.Text.Tests.Entities;

public partial class EntityRecognizerTests
{
    public static TheoryData<string, string> BodiesByNameShape() => new()
    {
        // A signature after a headline's dash.
        { "STATEMENT \u2013 Lakeshore Tenants Rights Forum\n\nEvictions resumed on Monday.", "Lakeshore Tenants Rights Forum" },
        { "Sudan: Detained medics must be freed \u2013 Nile Valley Doctors Alliance\n\nThe medics were taken on Friday.", "Nile Valley Doctors Alliance" },
        // A byline: the body after a genre's "of the" or "by the", closed by the comma before the report's date.
        { "Deaths behind bars\nReport of the Custody Watch Project, 22 February 2023\n\nTwo inmates died.", "Custody Watch Project" },
        { "Deaths behind bars\nA briefing by the Prison Detention Observatory, March 22\n\nTwo inmates died.", "Prison Detention Observatory" },
        // A body named for what it protects is no treaty.
        { "A lawyer for the Committee for the Protection of Reporters spoke.", "Committee for the Protection of Reporters" },
        // Signatories under a letter, one body to a line.
        { "We ask you to act.\n\nYours sincerely,\n\nTamar Rights Collective\nFamilies of the Missing Solidarity Fund\n", "Families of the Missing Solidarity Fund" },
        { "We ask you to act.\n\nYours sincerely,\n\nTamar Rights Collective\nFamilies of the Missing Solidarity Fund\n", "Tamar Rights Collective" },
        // Common words, a connector and a body's head word make one name.
        { "The Shore of Hope Fishermen Association filed a complaint.", "Shore of Hope Fishermen Association" },
        { "A lawyer from the Truth and Memory Centre attended.", "Truth and Memory Centre" },
        { "The Coastal Movement for Human and Peoples' Rights counted the dead.", "Coastal Movement for Human and Peoples' Rights" },
        // "-based" closes the place before it; the body's name starts after it.
        { "said Omar Haddad of the Cairo-based River Justice Project.", "River Justice Project" },
        // A known body's national section; a body closed by the country it works in.
        { "Amnesty International Kenya said the police had lied.", "Amnesty International Kenya" },
        { "According to Legal Aid Network Nepal, the figure is higher.", "Legal Aid Network Nepal" },
        // Brotherhoods and monitors are bodies.
        { "The Coastal Brotherhood puts the toll in the thousands.", "Coastal Brotherhood" },
        { "A statement from Valley Civic Monitors called on the police to stop.", "Valley Civic Monitors" },
        // An ordinal belongs to a unit's name.
        { "Soldiers of the 41st Mountain Brigade were deployed.", "41st Mountain Brigade" },
        // A court named by its seat.
        { "The case went to the Appeals Court in Lyon last year.", "Appeals Court in Lyon" },
        { "The case went to the Appeals Court in Varnel last year.", "Appeals Court in Varnel" },
        { "The Committee in Defence of Tamar Camp wrote to the ministry.", "Committee in Defence of Tamar Camp" },
        // A single name introduced as a body.
        { "He was accused of belonging to Tawhidiya, an outlawed religious group.", "Tawhidiya" },
        { "The editor of the weekly newspaper Sabahi was detained.", "Sabahi" },
        { "Witnesses blamed the Los Halcones gang for the killings.", "Los Halcones" },
        // "X-led" and lowercase institutions.
        { "An air strike by the Saudi-led coalition hit the market.", "Saudi-led coalition" },
        { "The interior ministry denied the report.", "interior ministry" },
        { "The interim government appealed for calm.", "interim government" },
        { "Members of the presidential guard opened fire.", "presidential guard" },
        // A country's own institution, and a known body's lowercase organ.
        { "Kenya's national police denied the report.", "Kenya's national police" },
        { "Nepal's prosecutor's office opened a case.", "Nepal's prosecutor's office" },
        { "A United Nations commission of inquiry visited the camp.", "United Nations commission of inquiry" },
        { "The US military said the strike was lawful.", "US military" },
        // A capitalised inner "Against"; a legislature; a government named after its leader.
        { "said a lawyer for the Quezon-based Mothers Against Silence.", "Mothers Against Silence" },
        { "A week later the Senate opened hearings into the raids.", "Senate" },
        { "The judge ordered the Harlan administration to stop the transfers.", "Harlan administration" },
        // A cue noun outranks a place of the same name; "and" joins a body's name when a head word follows.
        { "A statement carried by the state news agency Tarsus said so.", "Tarsus" },
        { "It followed a ruling of the Coastal League Peace and Reconciliation Commission on Thursday.", "Coastal League Peace and Reconciliation Commission" },
    };

    [Fact]
    public void Recognize_AndTheBetweenTwoBodies_KeepsThemApart()
    {
        var doc = EntityTestPipeline.Recognize("The case was filed by lawyers of Human Rights and the Delta Litigation Centre on Monday.");

        Assert.Contains(EntityTestPipeline.Mentions(doc), m => m.Text == "Delta Litigation Centre");
        Assert.DoesNotContain(EntityTestPipeline.Mentions(doc), m => m.Text.Contains(" and the ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Supreme Court in Nairobi upheld the sentence.", "Supreme Court")]
    [InlineData("Police arrested two members of the Tamar Rights Forum in Varnel on Friday.", "Tamar Rights Forum")]
    [InlineData("The detainees were held at a former US military camp near the border.", "US")]
    public void Recognize_SeatOrPlaceAfterABody_IsNotPartOfItsName(string text, string name)
    {
        var doc = EntityTestPipeline.Recognize(text);

        Assert.Contains(EntityTestPipeline.Mentions(doc), m => m.Text == name);
        Assert.DoesNotContain(EntityTestPipeline.Mentions(doc), m => m.Type == EntityType.Organization && m.Text.StartsWith(name + " ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BodiesByNameShape))]
    public void Recognize_BodyNamedByShapeOrContext_IsAnOrganisationWithExactSpan(string text, string name)
    {
        var doc = EntityTestPipeline.Recognize(text);

        Assert.Contains((name, EntityType.Organization), EntityTestPipeline.Mentions(doc));
    }

    [Theory]
    [InlineData("PRESS FREEDOM BULLETIN \u2013 Nepal\n\nTwo reporters were held.")]
    [InlineData("The report by Professor Anna Lindqvist of Uppsala was published.")]
    [InlineData("The police and the army were deployed to the capital.")]
    public void Recognize_GenreLinesPersonsAndBareInstitutions_AreNotBodies(string text)
    {
        var doc = EntityTestPipeline.Recognize(text);

        Assert.DoesNotContain(doc.EntityMentions, m => m.Type == EntityType.Organization);
    }

    [Fact]
    public void Recognize_PersonBeforeOf_IsNotJoinedToTheBody()
    {
        var doc = EntityTestPipeline.Recognize("The claim was rejected by Dr Miriam Castell of the Coastal Rights Foundation.");

        var mentions = EntityTestPipeline.Mentions(doc);
        Assert.Contains(("Coastal Rights Foundation", EntityType.Organization), mentions);
        Assert.DoesNotContain(mentions, m => m.Type == EntityType.Organization && m.Text.Contains("Castell", StringComparison.Ordinal));
    }
}
