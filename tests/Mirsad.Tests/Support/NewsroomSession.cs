using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Mirsad.Tests.Support;

/// <summary>A browser-like client for the newsroom: keeps cookies, reads antiforgery tokens from forms, logs in.</summary>
internal sealed partial class NewsroomSession : IDisposable
{
    private NewsroomSession(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static NewsroomSession Anonymous(MirsadWebFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<NewsroomSession> LogInAsync(MirsadWebFactory factory, string name, string password)
    {
        var session = Anonymous(factory);
        var response = await session.PostFormAsync("/newsroom/login", "/newsroom/login", new() { ["Name"] = name, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    /// <summary>GETs <paramref name="formPage"/>, takes its antiforgery token, and POSTs the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await Client.GetStringAsync(new Uri(formPage, UriKind.Relative), TestContext.Current.CancellationToken);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {formPage}");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        using var content = new FormUrlEncodedContent(form);
        return await Client.PostAsync(new Uri(action, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
