using Dossier.Storage.Postgres;
using Npgsql;

namespace Dossier.Storage.Tests.Shared;

public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("postgres://u:p@db.example.org/dossier", true)]
    [InlineData("PostgreSQL://db.example.org", true)]
    [InlineData("Host=127.0.0.1;Database=dossier", true)]
    [InlineData("Port=5433; host=db;Database=dossier", true)]
    [InlineData("Server=db;Database=dossier", true)]
    [InlineData("dossier.db", false)]
    [InlineData("/var/lib/dossier/Host=1/archive.db", false)]
    [InlineData("C:\\archive\\dossier.db", false)]
    public void IsPostgres_TellsAnAddressFromAFilePath(string target, bool expected) =>
        Assert.Equal(expected, PostgresConnectionString.IsPostgres(target));

    [Fact]
    public void Normalize_ReadsEveryPartOfAUrl_Unescaped()
    {
        var normalized = PostgresConnectionString.Normalize("postgres://dossier%40org:p%3Ass%2Fw@db.example.org:5433/human%20rights?sslmode=require&Timeout=5");

        var builder = new NpgsqlConnectionStringBuilder(normalized);
        Assert.Equal(("db.example.org", 5433, "human rights"), (builder.Host, builder.Port, builder.Database));
        Assert.Equal(("dossier@org", "p:ss/w"), (builder.Username, builder.Password));
        Assert.Equal((SslMode.Require, 5), (builder.SslMode, builder.Timeout));
    }

    [Fact]
    public void Normalize_LeavesDefaults_WhenTheUrlOmitsThem()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize("postgresql://db.example.org"));

        Assert.Equal(("db.example.org", 5432, null, null), (builder.Host, builder.Port, builder.Database, builder.Username));
    }

    [Fact]
    public void Normalize_RefusesAMalformedUrl_WithoutShowingThePassword()
    {
        var error = Assert.Throws<ArgumentException>(() => PostgresConnectionString.Normalize("postgres://user:secret@"));

        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public void Normalize_KeepsAKeywordStringAsNpgsqlReadsIt()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize("Host=db;Port=6000;Database=x;Username=y"));

        Assert.Equal(("db", 6000, "x", "y"), (builder.Host, builder.Port, builder.Database, builder.Username));
    }
}
