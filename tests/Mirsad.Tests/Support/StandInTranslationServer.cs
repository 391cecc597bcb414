using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Mirsad.Tests.Support;

/// <summary>
/// A stand-in for a remote OpenAI-compatible translation service (which cannot exist here): a loopback
/// server answering POST /v1/chat/completions with a fixed translation, recording what it was sent.
/// </summary>
internal sealed class StandInTranslationServer : IAsyncDisposable
{
    public const string Key = "stand-in-key";

    private readonly WebApplication _app;

    private StandInTranslationServer(WebApplication app) => _app = app;

    /// <summary>The base address to configure ("http://127.0.0.1:PORT/v1").</summary>
    public string Endpoint { get; private set; } = string.Empty;

    /// <summary>The JSON bodies received, in order.</summary>
    public List<JsonNode> Requests { get; } = [];

    /// <summary>The Authorization headers received, in order.</summary>
    public List<string> Authorizations { get; } = [];

    /// <summary>Starts a server that answers every request with <paramref name="answer"/> (or the status <paramref name="status"/>).</summary>
    public static async Task<StandInTranslationServer> StartAsync(string answer, int status = StatusCodes.Status200OK)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new StandInTranslationServer(app);
        app.MapPost("/v1/chat/completions", async (HttpContext http) =>
        {
            server.Requests.Add((await JsonNode.ParseAsync(http.Request.Body))!);
            server.Authorizations.Add(http.Request.Headers.Authorization.ToString());
            if (status != StatusCodes.Status200OK)
            {
                return Results.Json(new { error = new { message = "refused by the stand-in", type = "invalid_request_error" } }, statusCode: status);
            }

            var completion = new JsonObject
            {
                ["id"] = "chatcmpl-stand-in",
                ["object"] = "chat.completion",
                ["created"] = 1_744_000_000,
                ["model"] = "stand-in-model",
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = answer },
                    ["finish_reason"] = "stop",
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
            };
            return Results.Text(completion.ToJsonString(), "application/json");
        });
        await app.StartAsync();
        server.Endpoint = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1";
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The text of the user message of request <paramref name="index"/>.</summary>
    public string UserMessage(int index) =>
        Requests[index]["messages"]!.AsArray().Last(m => (string?)m!["role"] == "user")!["content"]!.ToString();

    public override string ToString() => JsonSerializer.Serialize(Requests);
}
