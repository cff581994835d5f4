using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JurisdictionReviewProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "review_profiles",
                columns: table => new
                {
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: false),
                    BaseProfile = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_profiles", x => x.JurisdictionId);
                    table.ForeignKey(
                        name: "FK_review_profiles_jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_rule_overrides",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_rule_overrides", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_rule_overrides_jurisdictions_JurisdictionId",
                        column: x => x.JurisdictionId,
                        principalTable: "jurisdictions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_review_rule_overrides_JurisdictionId_RuleId",
                table: "review_rule_overrides",
                columns: new[] { "JurisdictionId", "RuleId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "review_profiles");

            migrationBuilder.DropTable(
                name: "review_rule_overrides");
        }
    }
}
