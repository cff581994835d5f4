namespace Jixiao.Core.Review.Profiles.Jurisdictions;

/// <summary>
/// 本次审核采用的地区口径及其来由：审核配置指定（<see cref="Configured"/>），或从文中的地名认出（<see cref="Evidence"/> 是认出的依据，
/// 如“标题“2026年西安市财政局部门预算”中的“西安”）。
/// </summary>
public sealed record JurisdictionMatch(JurisdictionProfile Profile, string Evidence, bool Configured = false)
{
    /// <summary>Where the profile came from, for a finding's message: 按陕西省的公开口径（标题中的“西安”）.</summary>
    public string Describe() => $"按{Profile.Name}的公开口径（{Evidence}）";
}
