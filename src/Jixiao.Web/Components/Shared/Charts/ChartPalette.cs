namespace Jixiao.Web.Components.Shared.Charts;

/// <summary>
/// Line colours that stay apart from one another (Kelly's colours of maximum contrast, without white, black and the
/// pale ones that vanish on white). Past the last colour the lines repeat the colours with a dash pattern, so every
/// line keeps a look of its own; each line is also numbered at its end, for readers who do not tell colours apart.
/// </summary>
public static class ChartPalette
{
    public static readonly IReadOnlyList<string> Colours =
    [
        "#0067a5", "#e25822", "#008856", "#be0032", "#875692", "#f6a600", "#654522", "#e68fac",
        "#2b3d26", "#8db600", "#604e97", "#882d17", "#b3446c", "#848482", "#f38400", "#c2b280",
    ];

    private static readonly string?[] Dashes = [null, "8 4", "2 3", "10 3 2 3"];

    public static string Colour(int index) => Colours[index % Colours.Count];

    /// <summary>No dash for the first round of colours, then a different pattern each round.</summary>
    public static string? Dash(int index) => Dashes[index / Colours.Count % Dashes.Length];
}
