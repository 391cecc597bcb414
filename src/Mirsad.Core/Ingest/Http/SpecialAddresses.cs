using System.Net;

namespace Mirsad.Core.Ingest.Http;

/// <summary>
/// The addresses that are not on the public internet, after IANA's special-purpose address registries
/// (RFC 6890 and its updates). The check is on the parsed address, so every spelling of one (decimal
/// 2130706433, hex 0x7f000001, octal, IPv4-mapped ::ffff:127.0.0.1) gets the same answer.
/// </summary>
public static class SpecialAddresses
{
    private static readonly (IPNetwork Network, string Kind, bool Local)[] V4 =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "a \"this network\" address", false),
        (IPNetwork.Parse("10.0.0.0/8"), "a private network address", true),
        (IPNetwork.Parse("100.64.0.0/10"), "a carrier-grade NAT address", true),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address", true),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address (where cloud metadata services answer)", true),
        (IPNetwork.Parse("172.16.0.0/12"), "a private network address", true),
        (IPNetwork.Parse("192.0.0.0/24"), "an address reserved for protocol use", false),
        (IPNetwork.Parse("192.0.2.0/24"), "a documentation address", false),
        (IPNetwork.Parse("192.88.99.0/24"), "a 6to4 relay address", false),
        (IPNetwork.Parse("192.168.0.0/16"), "a private network address", true),
        (IPNetwork.Parse("198.18.0.0/15"), "a benchmarking address", true),
        (IPNetwork.Parse("198.51.100.0/24"), "a documentation address", false),
        (IPNetwork.Parse("203.0.113.0/24"), "a documentation address", false),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address", false),
        (IPNetwork.Parse("255.255.255.255/32"), "the broadcast address", false),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved address", false),
    ];

    private static readonly (IPNetwork Network, string Kind, bool Local)[] V6 =
    [
        (IPNetwork.Parse("::/128"), "the unspecified address", false),
        (IPNetwork.Parse("::1/128"), "a loopback address", true),
        (IPNetwork.Parse("64:ff9b:1::/48"), "a local-use NAT64 address", true),
        (IPNetwork.Parse("100::/64"), "a discard-only address", false),
        (IPNetwork.Parse("2001:db8::/32"), "a documentation address", false),
        (IPNetwork.Parse("2001::/23"), "an address reserved for protocol use", false),
        (IPNetwork.Parse("3fff::/20"), "a documentation address", false),
        (IPNetwork.Parse("fc00::/7"), "a unique local (private) address", true),
        (IPNetwork.Parse("fe80::/10"), "a link-local address", true),
        (IPNetwork.Parse("fec0::/10"), "a site-local address", true),
        (IPNetwork.Parse("ff00::/8"), "a multicast address", false),
    ];

    // IPv6 forms that carry an IPv4 address inside them: the inner address decides.
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");

    /// <summary>
    /// What kind of non-public address <paramref name="address"/> is ("a private network address"), or
    /// null for a public one; <c>Local</c> is true for the kinds an operator may allow on purpose
    /// (loopback, private, link-local, unique local), false for those no fetch should reach.
    /// </summary>
    public static (string Kind, bool Local)? Classify(IPAddress address)
    {
        if (Embedded(address) is { } inner)
        {
            return Classify(inner);
        }

        foreach (var (network, kind, local) in address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? V4 : V6)
        {
            if (network.Contains(address))
            {
                return (kind, local);
            }
        }

        return null;
    }

    /// <summary>The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 address.</summary>
    public static IPAddress? Embedded(IPAddress address)
    {
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address) || (Compatible.Contains(address) && !IPAddress.IPv6Any.Equals(address) && !IPAddress.IPv6Loopback.Equals(address)))
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        return SixToFour.Contains(address) ? new IPAddress(bytes.AsSpan(2, 4)) : null;
    }
}
