using System.Security.Cryptography;
using System.Text;

namespace Jixiao.Core.Review;

/// <summary>
/// Content fingerprints: SHA-256 of the rule ID and the content a finding is about (project code or name,
/// indicator name and value, table title and row code and figures …), first 16 hex characters. Positions
/// are left out on purpose, so re-ordering projects keeps acceptances; any change to the content changes it.
/// </summary>
public static class FindingFingerprint
{
    public static string Of(string ruleId, string content)
    {
        var text = ruleId + "\u001f" + content;
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        Span<byte> hash = stackalloc byte[32];
        if (max <= 1024)
        {
            Span<byte> bytes = stackalloc byte[max];
            var n = Encoding.UTF8.GetBytes(text, bytes);
            SHA256.HashData(bytes[..n], hash);
        }
        else
        {
            SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        }
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>Joins content parts with a separator that cannot occur in document text.</summary>
    public static string Content(params string?[] parts) => string.Join('\u001e', parts.Select(p => p ?? ""));
}
