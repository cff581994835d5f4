namespace Jixiao.Web.Security;

/// <summary>
/// Where to go after signing in or out. Only paths of this site are followed; anything else (another host,
/// protocol-relative <c>//evil</c>, backslash tricks) goes home, so the sign-in form cannot be used as an open redirect.
/// </summary>
internal static class LocalReturnUrl
{
    public static string OrHome(string? returnUrl) => IsLocal(returnUrl) ? returnUrl! : "/";

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
