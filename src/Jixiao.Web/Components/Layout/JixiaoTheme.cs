using MudBlazor;

namespace Jixiao.Web.Components.Layout;

/// <summary>The MudBlazor theme: Chinese system fonts first so that 汉字 and digits share one face.</summary>
public static class JixiaoTheme
{
    public static readonly MudTheme Theme = Create();

    private static MudTheme Create()
    {
        var theme = new MudTheme();
        theme.Typography.Default.FontFamily =
            ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Helvetica", "Arial", "sans-serif"];
        return theme;
    }
}
