using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Mirsad.Core.Ingest.Http;

/// <summary>
/// Keeps the intake on the public internet. It is the intake's connect step
/// (<see cref="SocketsHttpHandler.ConnectCallback"/>): the host is resolved here, every address it
/// resolves to is checked, and the connection goes only to the addresses checked, so feeds, pages,
/// robots.txt, every redirect and every DNS answer (including one that changes between two lookups)
/// pass the same test. Loopback and private addresses are allowed only when
/// <see cref="IntakeOptions.AllowPrivateNetworks"/> says so, or when they are in <see cref="IntakeOptions.AllowedNetworks"/>.
/// </summary>
public sealed class PublicAddressGuard(IOptions<IntakeOptions> options)
{
    /// <summary>The environment variable that lets the intake reach loopback and private addresses.</summary>
    public const string AllowPrivateVariable = "Mirsad__Intake__AllowPrivateNetworks";

    /// <summary>Why <paramref name="url"/> may not be fetched before any connection (credentials in it), or null.</summary>
    public static string? RefuseUrl(Uri url) =>
        url.UserInfo.Length > 0 ? "refused: the address carries a user name or password (user:pass@), which the intake never sends" : null;

    /// <summary>Why <paramref name="address"/> (reached as <paramref name="host"/>) is refused, or null when it may be reached.</summary>
    public string? Refuse(string host, IPAddress address)
    {
        if (SpecialAddresses.Classify(address) is not { } special)
        {
            return null;
        }

        var o = options.Value;
        if ((special.Local && o.AllowPrivateNetworks) || o.ParsedAllowedNetworks.Any(n => n.Contains(address)))
        {
            return null;
        }

        var shown = SpecialAddresses.Embedded(address) is { } inner ? $"{address} ({inner})" : address.ToString();
        var subject = IPAddress.TryParse(host.Trim('[', ']'), out _) ? shown : $"{host} resolves to {shown}, which";
        var hint = special.Local ? $" (the intake reaches only public addresses; {AllowPrivateVariable}=true allows local ones, e.g. for the offline demo)" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"refused: {subject} is {special.Kind}{hint}");
    }

    /// <summary>The intake's connect step: resolves, checks every address, connects to the checked ones.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new HttpRequestException($"{host} resolves to no address");
        }

        // Every answer is checked, not only the first: a name that resolves to a public and a private
        // address must not reach the private one when the public one fails.
        foreach (var address in addresses)
        {
            if (Refuse(host, address) is { } reason)
            {
                throw new RefusedAddressException(reason);
            }
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
