using System.ClientModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Mirsad.Core.Translation;
using OpenAI;

namespace Mirsad.Translation;

/// <summary>
/// Machine translation through any OpenAI-compatible chat completions endpoint (Microsoft.Extensions.AI).
/// The answer is read as plain text: the first line is the headline, the rest the body; it is a draft
/// that a translator reviews and that the page encodes like any other text.
/// </summary>
public sealed partial class OpenAiMachineTranslator : IMachineTranslator, IDisposable
{
    private static readonly System.Text.CompositeFormat Instructions = System.Text.CompositeFormat.Parse(
        "You translate news articles for a newsroom. Translate the article the user sends into {0}. " +
        "Answer with plain text only: the translated headline on the first line, a blank line, then the translated paragraphs separated by blank lines. " +
        "Keep names as they are usually written in {0}. Do not add comments, notes or formatting.");

    private readonly TranslationOptions _options;
    private readonly IChatClient _client;
    private readonly ILogger<OpenAiMachineTranslator> _logger;

    public OpenAiMachineTranslator(IOptions<TranslationOptions> options, ILogger<OpenAiMachineTranslator> logger)
    {
        _options = options.Value;
        _logger = logger;
        var client = new OpenAIClient(
            new ApiKeyCredential(string.IsNullOrEmpty(_options.ApiKey) ? "none" : _options.ApiKey),
            new OpenAIClientOptions { Endpoint = new Uri(_options.Endpoint!), NetworkTimeout = TimeSpan.FromSeconds(_options.TimeoutSeconds), RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) });
        _client = client.GetChatClient(_options.Model).AsIChatClient();
    }

    /// <inheritdoc />
    public bool IsEnabled => true;

    /// <inheritdoc />
    public async Task<MachineTranslation> TranslateAsync(TranslationRequest request, CancellationToken cancellationToken = default)
    {
        var text = request.Text.Length > _options.MaxCharacters ? request.Text[.._options.MaxCharacters] : request.Text;
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(request.Headline))
        {
            return MachineTranslation.Failed("There is no original text to translate.");
        }

        var language = request.To == "ar" ? "Arabic" : "English";
        List<ChatMessage> messages =
        [
            new(ChatRole.System, string.Format(System.Globalization.CultureInfo.InvariantCulture, Instructions, language)),
            new(ChatRole.User, (request.Headline ?? string.Empty) + "\n\n" + text),
        ];
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
            var response = await _client.GetResponseAsync(messages, new ChatOptions { Temperature = 0.2f }, timeout.Token);
            var answer = response.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            if (answer.Length == 0)
            {
                return MachineTranslation.Failed("The translation service answered with nothing.");
            }

            var split = answer.IndexOf('\n', StringComparison.Ordinal);
            var headline = split < 0 ? answer : answer[..split].Trim();
            var body = split < 0 ? string.Empty : answer[split..].Trim();
            return new MachineTranslation(headline, body, Provider: $"{_options.Model} at {new Uri(_options.Endpoint!).Host}");
        }
        catch (Exception e) when (e is ClientResultException or HttpRequestException or OperationCanceledException or InvalidOperationException or System.Text.Json.JsonException && !cancellationToken.IsCancellationRequested)
        {
            LogFailed(_logger, e);
            return MachineTranslation.Failed("The translation service could not translate this story: " + Describe(e));
        }
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private static string Describe(Exception e) => e switch
    {
        ClientResultException { Status: 401 or 403 } => "it refused the API key.",
        ClientResultException { Status: 429 } => "it is busy or the quota is used up; try again later.",
        ClientResultException result => $"it answered with status {result.Status}.",
        OperationCanceledException => "it did not answer in time.",
        _ => "it could not be reached or its answer could not be read.",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Machine translation failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
