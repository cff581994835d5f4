using System.Net;
using Jixiao.Core.Model;
using Jixiao.Data.Security;
using Jixiao.Documents.Publishing;
using Jixiao.Web.Api;
using Jixiao.Web.Security;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// Issue 19, item 7: a sign-in whose return address holds Chinese answered 500 and left the user signed out; a
/// department name with a bidi override made a download's name lie about its extension.
/// </summary>
public sealed class ReturnUrlAndFileNameTests(SqliteWebFixture fixture) : IClassFixture<SqliteWebFixture>
{
    [Fact]
    public async Task Signing_in_with_a_Chinese_return_address_redirects_there_percent_encoded_and_signs_in()
    {
        var user = fixture.User(Role.UnitFiler);
        using var client = fixture.Anonymous();
        var token = (await client.GetAsync<SessionApi.AntiforgeryResponse>("/api/antiforgery")).Token;
        var response = await client.Http.PostAsync("/account/signin", new FormUrlEncodedContent(
        [
            new("userName", user.UserName), new("password", WebFixture.DemoPassword), new("returnUrl", "/documents?q=司法局 公证处"),
            new("__RequestVerificationToken", token),
        ]));

        await ApiClient.ExpectAsync(HttpStatusCode.Redirect, response, "中文返回地址");
        Assert.Equal("/documents?q=%E5%8F%B8%E6%B3%95%E5%B1%80%20%E5%85%AC%E8%AF%81%E5%A4%84", response.Headers.Location?.OriginalString);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await client.GetAsync("/api/session"), "登录后");
    }

    [Theory]
    [InlineData("/documents?q=司法局", "/documents?q=%E5%8F%B8%E6%B3%95%E5%B1%80")]
    [InlineData("/projects/12", "/projects/12")]
    [InlineData("//evil.example/x", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/a\u0000b", "/")]
    [InlineData("/𠀀", "/%F0%A0%80%80")]
    public void Only_local_return_addresses_are_followed_and_always_as_ASCII(string returnUrl, string expected) =>
        Assert.Equal(expected, LocalReturnUrl.OrHome(returnUrl));

    [Fact]
    public void Bidi_overrides_and_other_invisible_format_characters_are_removed_from_download_names()
    {
        var document = new TargetDocument
        {
            Source = new DocumentSource("x.txt", "test"),
            Department = new Department(null, "某某局\u202Efdp.exe\u2066\u200B"),
            FiscalYear = 2026,
        };
        var pdf = PublishFormats.Find("pdf")!;
        var name = ExportFileName.Of(document, pdf);
        Assert.Equal("某某局fdp.exe_2026_部门预算绩效目标.pdf", name);
        Assert.DoesNotContain(ExportFileName.Header(7, document, pdf), c => c is '\u202E' or '\u2066' or '\u200B');
    }

    [Fact]
    public void A_units_download_is_named_after_the_unit_with_invisible_characters_removed_from_the_registers_name_too()
    {
        var document = new TargetDocument
        {
            Source = new DocumentSource("x.txt", "test"),
            Department = new Department(null, "秦皇岛市抚宁区司法局"),
            FiscalYear = 2026,
        };
        var body = new PublishingBody(new Department("301", "某某市司法局"), new BudgetUnit("301002", "某某市\u202E公证处\u200B"));
        var name = ExportFileName.Of(body.ApplyTo(document), PublishFormats.Find("xlsx")!);
        Assert.Equal("某某市公证处_2026_部门预算绩效目标.xlsx", name);
    }
}
