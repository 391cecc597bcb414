using Microsoft.Extensions.DependencyInjection;

namespace Mirsad.Storage.Contract;

/// <summary>A store under test: registers every store interface over a fresh, empty store, and removes it afterwards.</summary>
public interface IStoreBackend : IAsyncDisposable
{
    /// <summary>Creates an empty store and registers its implementations of Core's store interfaces.</summary>
    ValueTask AddStoreAsync(IServiceCollection services);
}
