using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Dossier.Core.Accounts;
using Dossier.Storage.Sqlite;
using Dossier.Web;
using Dossier.Web.Accounts;

namespace Dossier.Bench.Web;

/// <summary>
/// `web [--reports N] [--requests N] [--keep] [--db PATH]`: builds a store of N generated reports (default 100,000), serves it on a
/// loopback port and prints median and p95 response times of the incident list, an incident page and search,
/// each as a page (cookie) and through the API (bearer token). Requests are sequential: latency, not throughput.
/// </summary>
internal static class WebBenchmark
{
    // A new account each run, so that a kept store (--db) can be measured again.
    private static readonly string BenchUser = "bench-" + Guid.NewGuid().ToString("N")[..8];

    public static async Task<int> RunAsync(string[] args)
    {
        var reports = Option(args, "--reports", 100_000);
        var requests = Option(args, "--requests", 200);
        var keep = Array.IndexOf(args, "--keep") >= 0; // keep the store for a look at query plans
        var dbAt = Array.IndexOf(args, "--db"); // a store kept by an earlier run: measure again (or profile) without rebuilding it
        var reuse = dbAt >= 0 && dbAt + 1 < args.Length ? Path.GetFullPath(args[dbAt + 1]) : null;
        var folder = Directory.CreateTempSubdirectory("dossier-bench-web-").FullName;
        var database = reuse ?? Path.Combine(folder, "bench.db");
        Console.WriteLine($"web: {reports:N0} generated reports, {requests} timed requests per case, store {database}");
        try
        {
            var build = Stopwatch.StartNew();
            string token;
            await using (var store = await SqliteDossierStore.OpenAsync(database, TimeProvider.System, CancellationToken.None))
            {
                if (reuse is null)
                {
                    await GeneratedRecord.WriteAsync(store, reports, Console.Out, CancellationToken.None);
                }

                var accounts = new AccountService(store, new DossierWebOptions(), TimeProvider.System);
                var (user, _) = await accounts.AddUserAsync(BenchUser, UserRole.Analyst, "bench password 123", "bench", CancellationToken.None);
                (_, token) = await accounts.CreateTokenAsync(user!, "bench", CancellationToken.None);
            }

            Console.WriteLine($"  store built in {build.Elapsed.TotalSeconds:N1} s ({new FileInfo(database).Length / 1024 / 1024:N0} MiB)");
            await using var app = await DossierWebApp.BuildAsync(new DossierWebOptions { DatabasePath = database, Urls = "http://127.0.0.1:0", ConsoleLogging = false }, CancellationToken.None);
            await app.StartAsync();
            using var pages = await SignedInClientAsync(new Uri(app.Urls.Single()), BenchUser);
            using var api = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            var random = new Random(7);
            var incidents = reports / 2;
            string[] words = ["killed", "Town42", "soldiers", "lawyers doctors", "police Town7"];
            var cases = new (string Name, HttpClient Client, Func<string> Path)[]
            {
                ("incident list page      /Incidents", pages, () => "/Incidents"),
                ("incident list, filtered /Incidents?type&from", pages, () => $"/Incidents?type=killing&from=2010-01-01&to=2012-12-31&page={random.Next(1, 5)}"),
                ("incident list API       /api/incidents", api, () => $"/api/incidents?page={random.Next(1, 100)}"),
                ("incident page           /Incidents/{id}", pages, () => $"/Incidents/{random.Next(1, incidents)}"),
                ("incident API            /api/incidents/{id}", api, () => $"/api/incidents/{random.Next(1, incidents)}"),
                ("search page             /Reports?q=", pages, () => $"/Reports?q={Uri.EscapeDataString(words[random.Next(words.Length)])}"),
                ("search API              /api/search?q=", api, () => $"/api/search?q={Uri.EscapeDataString(words[random.Next(words.Length)])}"),
            };
            Console.WriteLine($"  {"case",-48} {"median",9} {"p95",9}");
            foreach (var (name, client, path) in cases)
            {
                var (median, p95) = await TimeAsync(client, path, requests);
                Console.WriteLine($"  {name,-48} {median,7:N1}ms {p95,7:N1}ms");
            }

            await app.StopAsync();
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (keep && reuse is null) Console.WriteLine($"  kept {database}");
            else Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(double Median, double P95)> TimeAsync(HttpClient client, Func<string> path, int requests)
    {
        for (var i = 0; i < 10; i++) (await client.GetAsync(path())).EnsureSuccessStatusCode(); // warm-up
        var times = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path());
            await response.Content.ReadAsByteArrayAsync();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode}");
        }

        times.Sort();
        return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1]);
    }

    private static async Task<HttpClient> SignedInClientAsync(Uri baseAddress, string name)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var html = await client.GetStringAsync("/Account/SignIn");
        const string marker = "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        var token = WebUtility.HtmlDecode(html[start..html.IndexOf('"', start)]);
        using var response = await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name, ["Password"] = "bench password 123", ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException("bench sign-in failed: " + (int)response.StatusCode);
        return client;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }
}
