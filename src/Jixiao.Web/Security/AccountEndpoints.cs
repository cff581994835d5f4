using Jixiao.Data;
using Jixiao.Data.Security;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Security;

/// <summary>
/// The sign-in and sign-out form posts of the web pages (登录 / 退出). Form binding makes ASP.NET Core check the
/// antiforgery token the page rendered; a wrong user name or password goes back to <c>/signin?error=1</c> without
/// saying which of the two was wrong, too many attempts (<see cref="SignInRateLimiter"/>) to <c>/signin?error=limited</c>.
/// </summary>
internal static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/signin", SignInAsync);
        account.MapPost("/signout", SignOutAsync);
        account.MapPost("/password", ChangePasswordAsync);
        return app;
    }

    /// <summary>The fields of the sign-in form.</summary>
    internal sealed record SignInForm(string? UserName, string? Password, string? ReturnUrl);

    private static async Task<IResult> SignInAsync([FromForm] SignInForm form, JixiaoStore store, SignInRateLimiter limiter, SessionCookie session, HttpContext http, CancellationToken ct)
    {
        // Counted before the password is checked, as for the API: past the limit the page says so, whatever was typed.
        if (!limiter.TryAttempt(http, form.UserName, out _, out var refusal))
            return Results.LocalRedirect(SignInPage(SignInPageError.ForRefusal(refusal), form.ReturnUrl));
        var actor = string.IsNullOrWhiteSpace(form.UserName) || string.IsNullOrEmpty(form.Password)
            ? null
            : await store.SignInAsync(form.UserName.Trim(), form.Password, ct);
        if (actor is null)
        {
            limiter.RecordFailure(form.UserName);
            return Results.LocalRedirect(SignInPage(SignInPageError.WrongPassword, form.ReturnUrl));
        }
        await session.SignInAsync(http, actor);
        return Results.LocalRedirect(LocalReturnUrl.OrHome(form.ReturnUrl));
    }

    /// <summary>The fields of the 修改密码 form.</summary>
    internal sealed record PasswordForm(string? CurrentPassword, string? NewPassword, string? ConfirmPassword);

    /// <summary>
    /// 修改密码 from the page: every session of the user ends (other browsers at once), this browser is signed in again.
    /// Not signed in: to the sign-in page. Refusals go back to the form with the reason and change nothing.
    /// </summary>
    private static async Task<IResult> ChangePasswordAsync([FromForm] PasswordForm form, CurrentActor current, UserSessions sessions,
        SessionCookie session, HttpContext http, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } actor) return Results.LocalRedirect("/signin?returnUrl=%2Fpassword");
        if (form.NewPassword != form.ConfirmPassword) return Results.LocalRedirect("/password?error=" + ChangePasswordError.Mismatch);
        if (string.IsNullOrEmpty(form.NewPassword) || form.NewPassword.Length < UserSessions.MinPasswordLength)
            return Results.LocalRedirect("/password?error=" + ChangePasswordError.TooShort);
        if (form.NewPassword == form.CurrentPassword) return Results.LocalRedirect("/password?error=" + ChangePasswordError.SameAsCurrent);
        try
        {
            await sessions.ChangePasswordAsync(actor, form.CurrentPassword, form.NewPassword, ct);
        }
        catch (AccessDeniedException)
        {
            return Results.LocalRedirect("/password?error=" + ChangePasswordError.WrongCurrent);
        }
        session.Forget();
        await session.SignInAsync(http, actor);
        return Results.LocalRedirect("/password?done=true");
    }

    /// <summary>Back to the sign-in page with the reason (<c>?error=</c>) and the local return address kept.</summary>
    private static string SignInPage(string error, string? returnUrl)
    {
        var page = "/signin?error=" + error;
        if (LocalReturnUrl.IsLocal(returnUrl)) page += "&returnUrl=" + Uri.EscapeDataString(returnUrl!);
        return page;
    }

    private static async Task<IResult> SignOutAsync([FromForm] string? returnUrl, SessionCookie session, HttpContext http)
    {
        await session.SignOutAsync(http);
        return Results.LocalRedirect(LocalReturnUrl.OrHome(returnUrl));
    }
}
