using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mirsad.Storage.Contract;

/// <summary>
/// The base of every store test: a fresh store from <see cref="IStoreBackend"/> for each test, its services
/// resolved through Core's interfaces only, and a clock the test moves. A store's test project derives one
/// sealed class per contract, passing its backend, so every store passes the same tests.
/// </summary>
public abstract class StoreContract(IStoreBackend backend) : IAsyncLifetime
{
    private ServiceProvider? _services;

    /// <summary>The store's clock (stores stamp created/updated times with it).</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 4, 8, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The test's cancellation token.</summary>
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The store's services.</summary>
    protected IServiceProvider Services => _services ?? throw new InvalidOperationException("The store is not open yet.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        await backend.AddStoreAsync(services);
        _services = services.BuildServiceProvider();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await backend.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>The store's implementation of <typeparamref name="T"/>.</summary>
    protected T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();
}
