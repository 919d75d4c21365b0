using Xunit.Abstractions;
using Xunit.Sdk;

namespace Dossier.Storage.Tests.Shared;

/// <summary>
/// A test case of the shared store suite: skipped when its concrete test class is marked
/// <see cref="RequiresEnvironmentAttribute"/> and <see cref="RequiresEnvironmentAttribute.SkipReason"/> says so.
/// The reason is worked out from the class each time, so it survives the runner's serialisation.
/// </summary>
public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod)
        : base(diagnosticMessageSink, display, displayOptions, testMethod)
    {
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute)
    {
        var requirement = TestMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresEnvironmentAttribute)).FirstOrDefault();
        if (requirement?.GetConstructorArguments().Cast<string>().ToArray() is [var variable, var purpose]
            && RequiresEnvironmentAttribute.SkipReason(variable, purpose) is { } reason)
        {
            return reason;
        }

        return base.GetSkipReason(factAttribute);
    }
}
