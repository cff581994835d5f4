using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Issue 19 must-hold 1, "encrypted at rest where the platform allows": with <c>Jixiao:DataProtection:Certificate</c>
/// set, the key ring in the database holds only encrypted keys, so a copy of the database alone cannot open a cookie;
/// a restart with the certificate reads the cookie, a restart without it cannot.
/// </summary>
public sealed class KeyRingEncryptionTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jixiao-keyring-tests", Guid.NewGuid().ToString("N"));
    private CertificateFixture? _fixture;

    private string CertificateFile => Path.Combine(_folder, "instance.pfx");
    private const string CertificatePassword = "zhengshu-mima";

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=jixiao-test-keyring", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(CertificateFile, certificate.Export(X509ContentType.Pfx, CertificatePassword));
        _fixture = new CertificateFixture(CertificateFile, CertificatePassword);
        return _fixture.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_fixture is not null) await _fixture.DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Keys_are_stored_encrypted_and_need_the_certificate_to_open_a_cookie()
    {
        var fixture = _fixture!;
        var cookie = await SignInCookieAsync(fixture.Factory, fixture.User(Role.Administrator).UserName);

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var keys = await scope.ServiceProvider.GetRequiredService<JixiaoDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal); // the unencrypted form's master key
            });
        }

        await using (var withCertificate = new JixiaoWebFactory(fixture.Settings))
            Assert.Equal(HttpStatusCode.OK, await SessionStatusAsync(withCertificate, cookie));

        var withoutCertificate = fixture.Settings.Where(s => !s.Key.StartsWith("Jixiao:DataProtection:", StringComparison.Ordinal))
            .ToDictionary(s => s.Key, s => s.Value);
        await using (var copy = new JixiaoWebFactory(withoutCertificate))
            Assert.Equal(HttpStatusCode.Unauthorized, await SessionStatusAsync(copy, cookie));
    }

    [Fact]
    public void A_missing_or_wrong_certificate_stops_the_start_with_a_message_that_names_the_file()
    {
        var missing = Path.Combine(_folder, "nowhere.pfx");
        var settings = new Dictionary<string, string?>(_fixture!.Settings) { ["Jixiao:DataProtection:Certificate"] = missing };
        using (var factory = new JixiaoWebFactory(settings))
        {
            var error = Assert.ThrowsAny<Exception>(() => factory.Server);
            Assert.Contains("数据保护证书文件不存在", Innermost(error).Message, StringComparison.Ordinal);
            Assert.Contains(missing, Innermost(error).Message, StringComparison.Ordinal);
        }

        settings["Jixiao:DataProtection:Certificate"] = CertificateFile;
        settings["Jixiao:DataProtection:CertificatePassword"] = "wrong";
        using (var factory = new JixiaoWebFactory(settings))
        {
            var error = Assert.ThrowsAny<Exception>(() => factory.Server);
            Assert.Contains("数据保护证书无法读取", Innermost(error).Message, StringComparison.Ordinal);
        }
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null && !e.Message.Contains("数据保护证书", StringComparison.Ordinal)) e = e.InnerException;
        return e;
    }

    private static async Task<string> SignInCookieAsync(WebApplicationFactory<Program> factory, string userName)
    {
        using var raw = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var signIn = await raw.PostAsJsonAsync("/api/session", new { userName, password = WebFixture.DemoPassword });
        await ApiClient.ExpectAsync(HttpStatusCode.OK, signIn);
        return signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("jixiao.auth=", StringComparison.Ordinal));
    }

    private static async Task<HttpStatusCode> SessionStatusAsync(WebApplicationFactory<Program> factory, string cookie)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return (await client.GetAsync("/api/session")).StatusCode;
    }

    private sealed class CertificateFixture(string certificate, string password) : SqliteWebFixture
    {
        protected override IEnumerable<KeyValuePair<string, string?>> HostSettings() =>
        [
            .. base.HostSettings(),
            new("Jixiao:DataProtection:Certificate", certificate),
            new("Jixiao:DataProtection:CertificatePassword", password),
        ];
    }
}
