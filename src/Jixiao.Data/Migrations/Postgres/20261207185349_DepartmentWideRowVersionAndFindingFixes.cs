using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DepartmentWideRowVersionAndFindingFixes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FixField",
                table: "findings",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FixFrom",
                table: "findings",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FixTo",
                table: "findings",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OverallRowVersion",
                table: "documents",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OverallUpdatedAt",
                table: "documents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverallUpdatedBy",
                table: "documents",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FixField",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "FixFrom",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "FixTo",
                table: "findings");

            migrationBuilder.DropColumn(
                name: "OverallRowVersion",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "OverallUpdatedAt",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "OverallUpdatedBy",
                table: "documents");
        }
    }
}
