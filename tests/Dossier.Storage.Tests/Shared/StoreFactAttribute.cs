using Xunit.Sdk;

namespace Dossier.Storage.Tests.Shared;

/// <summary>
/// A fact of the shared store suite. It runs like [Fact], except in a test class marked
/// <see cref="RequiresEnvironmentAttribute"/> whose variable is unset: there it is skipped with the
/// reason, unless CI=true, where it runs (and fails) so that CI cannot skip it silently.
/// </summary>
[XunitTestCaseDiscoverer("Dossier.Storage.Tests.Shared.StoreFactDiscoverer", "Dossier.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
