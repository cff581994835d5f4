using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Jixiao.Web.Security;

/// <summary>
/// Which reverse proxies are believed (<c>Jixiao:Proxy:KnownProxies</c> = addresses, <c>Jixiao:Proxy:KnownNetworks</c>
/// = CIDR ranges; each a list or one comma-separated string). Only a request whose socket comes from one of them has
/// its X-Forwarded-For (client address: sign-in limits, logs) and X-Forwarded-Proto (https: Secure cookie, HSTS, the
/// origin check) applied. None configured: forwarded headers are ignored, even from loopback, so a client cannot
/// pretend to be another address by sending the header itself.
/// </summary>
internal static class ProxySettings
{
    public static void Configure(ForwardedHeadersOptions options, IConfiguration config)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // The framework trusts loopback by default; here only what the operator names.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        // One proxy in front: the last X-Forwarded-For entry is the one it saw; earlier entries are the client's own claims.
        options.ForwardLimit = 1;
        foreach (var text in ListOf(config, "Jixiao:Proxy:KnownProxies"))
            options.KnownProxies.Add(IPAddress.TryParse(text, out var address) ? address
                : throw new FormatException($"Jixiao:Proxy:KnownProxies 中的“{text}”不是 IP 地址（例如 127.0.0.1 或 10.0.0.5）。"));
        foreach (var text in ListOf(config, "Jixiao:Proxy:KnownNetworks"))
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(text, out var network) ? network
                : throw new FormatException($"Jixiao:Proxy:KnownNetworks 中的“{text}”不是网段（例如 10.0.0.0/8）。"));
    }

    private static IEnumerable<string> ListOf(IConfiguration config, string key)
    {
        var section = config.GetSection(key);
        var values = section.GetChildren().Select(c => c.Value ?? "").Prepend(section.Value ?? "");
        return values.SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
