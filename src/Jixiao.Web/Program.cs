using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Jixiao.Data;
using Jixiao.Web.Api;
using Jixiao.Web.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.Data.Sqlite;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
var uploads = UploadLimits.From(builder.Configuration);

builder.Services.AddJixiaoData(builder.Configuration);
builder.Services.AddJixiaoSecurity(builder.Configuration);
// Sign-in attempts per client address and user name (Jixiao:SignIn:PermitPerMinute); created by the container so it is disposed with it.
builder.Services.AddSingleton(services => SignInRateLimiter.From(services.GetRequiredService<IConfiguration>()));
builder.Services.AddSingleton(uploads);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = uploads.MaxRequestBytes);
builder.AddJixiaoDeploymentDefaults();
builder.Services.ConfigureHttpJsonOptions(json =>
{
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    // Chinese stays readable in responses; < > & ' " are still escaped, so text never turns into markup.
    json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
});
builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "绩效 Jixiao API";
    document.Info.Description = "预算绩效目标的导入、审核、流程与公开。除登录和公开接口外均需登录（Cookie）；权限由服务端按角色判断。";
    return Task.CompletedTask;
}));
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
// Server-rendered pages (the public ones) carry Chinese as text, not &#x…; entities; markup characters are still encoded.
builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddMudServices();

var app = builder.Build();
_ = app.Services.GetRequiredService<SignInRateLimiter>(); // a bad Jixiao:SignIn:PermitPerMinute stops the start, not the first sign-in

// `create-admin`: the first administrator of a new installation, then exit (docs/SECURITY.md).
if (Jixiao.Web.Setup.CreateAdminCommand.IsRequested(args))
{
    EnsureSqliteFolder(app.Configuration);
    return await Jixiao.Web.Setup.CreateAdminCommand.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error);
}

EnsureSqliteFolder(app.Configuration);
await JixiaoDatabase.MigrateAsync(app.Services);
// Demo users and documents only when asked for (scripts/run.sh asks), and only once the port is bound
// (Demo/DemoAtStartup.cs): a second start that cannot bind changes nothing.
app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
    if (addresses is { Count: > 0 }) Console.WriteLine($"绩效系统已启动：{string.Join("，", addresses)}（按 Ctrl+C 停止）");
});

app.UseJixiaoDeploymentDefaults();
var chinese = new CultureInfo("zh-CN");
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(chinese),
    SupportedCultures = [chinese],
    SupportedUICultures = [chinese],
});
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    // A malformed request (bad form, missing antiforgery token) is the caller's fault: keep its 4xx, not 500.
    StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
});
// A page address nothing answers gets the Chinese 404 page, not an empty body (issue 20 item 7). Only GET/HEAD outside
// the API: the API keeps its own problem+json answers, and a failed form post keeps its status.
app.UseWhen(context => (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && !context.Request.Path.StartsWithSegments("/api"),
    branch => branch.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
app.UseApiStatusProblems();
// Routing after the status-code pages, so that the re-executed /not-found request is routed to its page.
app.UseRouting();
app.UseAuthentication();
app.UseAuthenticationStateBridge();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
// The API description names every endpoint: to signed-in users only, except while developing.
var openApi = app.MapOpenApi();
if (!app.Environment.IsDevelopment()) openApi.RequireAuthorization();
app.MapJixiaoApi();
app.MapAccountEndpoints();
app.MapRazorComponents<Jixiao.Web.Components.App>().AddInteractiveServerRenderMode();

app.Run();
return 0;

// SQLite creates the file but not its folder (data/ on a fresh checkout).
static void EnsureSqliteFolder(IConfiguration config)
{
    if (!string.Equals(config["Jixiao:Database:Provider"] ?? "sqlite", "sqlite", StringComparison.OrdinalIgnoreCase)) return;
    var connection = config.GetConnectionString("Jixiao");
    if (string.IsNullOrWhiteSpace(connection)) return;
    var file = new SqliteConnectionStringBuilder(connection).DataSource;
    if (string.IsNullOrEmpty(file) || file == ":memory:" || file.StartsWith("file:", StringComparison.Ordinal)) return;
    var folder = Path.GetDirectoryName(Path.GetFullPath(file));
    if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
}

/// <summary>The web host (绩效系统网站). Public and partial so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
