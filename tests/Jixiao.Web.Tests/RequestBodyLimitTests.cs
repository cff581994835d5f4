using System.Net;
using System.Text;
using Jixiao.Data.Security;
using Jixiao.Data.Tests.Support;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>SQLite behind real Kestrel: the body limits routing applies per endpoint.</summary>
public sealed class KestrelSqliteWebFixture : SqliteWebFixture
{
    protected override bool OnKestrel => true;
}

/// <summary>
/// The JSON calls have a small body limit (Jixiao:Limits:JsonBodyKilobytes, 256 KB), so a 30 MB description is refused
/// by the server before it is read; the import alone keeps the upload limit (1 MB in the test hosts).
/// </summary>
public sealed class RequestBodyLimitTests(KestrelSqliteWebFixture fixture) : IClassFixture<KestrelSqliteWebFixture>
{
    [Fact]
    public async Task A_json_body_over_the_api_limit_is_413_and_nothing_is_saved()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var (_, indicator) = await Scenario.FirstIndicatorAsync(filer, document.Id);

        var response = await filer.PutAsync($"/api/indicators/{indicator.Id}", new { description = new string('a', 300 * 1024) }, ifMatch: indicator.RowVersion);

        await ApiClient.ExpectAsync(HttpStatusCode.RequestEntityTooLarge, response);
        var (_, unchanged) = await Scenario.FirstIndicatorAsync(filer, document.Id);
        Assert.Equal(indicator.RowVersion, unchanged.RowVersion);
    }

    [Fact]
    public async Task An_upload_larger_than_the_json_limit_but_within_the_upload_limit_reaches_the_import()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var seed = Encoding.UTF8.GetString(SharedSeeds.Bytes(SharedSeeds.S002));
        var bytes = Encoding.UTF8.GetBytes(SyntheticDocument.Text(seed, 150, 40)); // about 500 KB: over 256 KB, under 1 MB
        Assert.InRange(bytes.Length, 300 * 1024, 1000 * 1024);

        var response = await filer.UploadAsync("/api/import/preview", bytes, "大但允许.txt");

        await ApiClient.ExpectAsync(HttpStatusCode.OK, response);
    }
}
