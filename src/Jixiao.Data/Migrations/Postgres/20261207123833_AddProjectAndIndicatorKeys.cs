using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddProjectAndIndicatorKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_indicators_DocumentId",
                table: "indicators");

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "projects",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Key",
                table: "indicators",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_projects_DocumentId_Key",
                table: "projects",
                columns: new[] { "DocumentId", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_DocumentId_Key",
                table: "indicators",
                columns: new[] { "DocumentId", "Key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_projects_DocumentId_Key",
                table: "projects");

            migrationBuilder.DropIndex(
                name: "IX_indicators_DocumentId_Key",
                table: "indicators");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "indicators");

            migrationBuilder.CreateIndex(
                name: "IX_indicators_DocumentId",
                table: "indicators",
                column: "DocumentId");
        }
    }
}
