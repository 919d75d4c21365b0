using Xunit.Abstractions;
using Xunit.Sdk;

namespace Dossier.Storage.Tests.Shared;

/// <summary>
/// Discovers <see cref="StoreFactAttribute"/> tests as <see cref="StoreTestCase"/>s: whether to
/// skip depends on the concrete test class (the abstract suite's methods are shared by every
/// database), which a plain [Fact(Skip = …)] on the base method cannot express.
/// </summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        yield return new StoreTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
    }
}
