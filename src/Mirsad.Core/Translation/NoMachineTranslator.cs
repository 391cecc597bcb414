namespace Mirsad.Core.Translation;

/// <summary>The default: no machine translation is configured.</summary>
public sealed class NoMachineTranslator : IMachineTranslator
{
    /// <inheritdoc />
    public bool IsEnabled => false;

    /// <inheritdoc />
    public Task<MachineTranslation> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(MachineTranslation.Failed("Machine translation is not configured."));
}
