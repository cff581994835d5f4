namespace Jixiao.Core.Model.Disclosure;

/// <summary>
/// Text a file holds where the printed page does not show it: outside the page's visible area, or clipped (WPS
/// prints an over-long spreadsheet cell onto two pages, each showing half). <paramref name="Page"/> is 1-based.
/// </summary>
public sealed record HiddenText(int SourceLine, int Page, string Text, string Reason);
