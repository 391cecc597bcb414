using Mirsad.Core.Articles;

namespace Mirsad.Storage.Contract;

/// <summary>Every store interface Core declares has an implementation in the store under test.</summary>
public abstract class StoreRegistrationContract(IStoreBackend backend) : StoreContract(backend)
{
    /// <summary>Core's store interfaces: public interfaces named I...Store, I...Log or I...Registry.</summary>
    public static IReadOnlyList<Type> StoreInterfaces { get; } = typeof(IArticleStore).Assembly.GetExportedTypes()
        .Where(t => t.IsInterface && (t.Name.EndsWith("Store", StringComparison.Ordinal) || t.Name.EndsWith("Log", StringComparison.Ordinal) || t.Name.EndsWith("Registry", StringComparison.Ordinal)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    [Fact]
    public void Services_ImplementEveryCoreStoreInterface()
    {
        Assert.Contains(typeof(IArticleStore), StoreInterfaces);
        var missing = StoreInterfaces.Where(t => Services.GetService(t) is null).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "The store does not implement: " + string.Join(", ", missing));
    }
}
