using Jixiao.Documents.Text;

namespace Jixiao.Data.Limits;

/// <summary>
/// Text as it comes in from a user (an API body, a form, a query filter, a file name): control characters removed
/// (<see cref="TextNormalizer.StripControlCharacters"/>), the same rule as for imported files, so that neither the
/// database (PostgreSQL refuses NUL) nor an export (XML cannot hold 0x01 or 0x1B) ever meets one.
/// </summary>
public static class InputText
{
    public static string? Clean(string? text) => text is null ? null : TextNormalizer.StripControlCharacters(text);

    public static IndicatorEdit Clean(IndicatorEdit edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return new IndicatorEdit(Clean(edit.Name), Clean(edit.Description), Clean(edit.Nature), Clean(edit.Value),
            Clean(edit.Unit), Clean(edit.Weight), Clean(edit.Basis));
    }
}
