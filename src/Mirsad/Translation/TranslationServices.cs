using Mirsad.Core.Translation;

namespace Mirsad.Translation;

/// <summary>Registers machine translation: the OpenAI-compatible translator when an endpoint is configured, otherwise none.</summary>
public static class TranslationServices
{
    public static IServiceCollection AddMachineTranslation(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TranslationOptions.Section);
        services.AddOptions<TranslationOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        if (section.Get<TranslationOptions>() is { Enabled: true })
        {
            services.AddSingleton<IMachineTranslator, OpenAiMachineTranslator>();
        }
        else
        {
            services.AddSingleton<IMachineTranslator, NoMachineTranslator>();
        }

        return services;
    }
}
