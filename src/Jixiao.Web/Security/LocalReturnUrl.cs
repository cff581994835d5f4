using System.Globalization;
using System.Text;

namespace Jixiao.Web.Security;

/// <summary>
/// Where to go after signing in or out. Only paths of this site are followed; anything else (another host,
/// protocol-relative <c>//evil</c>, backslash tricks, control characters) goes home, so the sign-in form cannot be
/// used as an open redirect. The path is sent percent-encoded (UTF-8) where it is not plain ASCII: a Location header
/// cannot carry 中文, and sending it raw made the sign-in answer 500 (issue 19).
/// </summary>
internal static class LocalReturnUrl
{
    public static string OrHome(string? returnUrl) => IsLocal(returnUrl) ? AsciiOnly(returnUrl!) : "/";

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary>Every character outside printable ASCII as %XX of its UTF-8 bytes; what is already ASCII is kept as is.</summary>
    internal static string AsciiOnly(string url)
    {
        if (url.All(c => c is > ' ' and < '\u007f')) return url;
        var text = new StringBuilder(url.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7f)
            {
                text.Append((char)rune.Value);
                continue;
            }
            var count = rune.EncodeToUtf8(bytes);
            for (var i = 0; i < count; i++) text.Append('%').Append(bytes[i].ToString("X2", CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }
}
