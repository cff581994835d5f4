using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Jixiao.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DepartmentEvaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "department_evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    DocumentVersion = table.Column<int>(type: "integer", nullable: false),
                    JurisdictionId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentId = table.Column<int>(type: "integer", nullable: false),
                    BudgetUnitId = table.Column<int>(type: "integer", nullable: true),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    UnitName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    ReturnNote = table.Column<string>(type: "text", nullable: true),
                    Total = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    Grade = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ReviewScore = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    ReviewGrade = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ReviewNote = table.Column<string>(type: "text", nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_department_evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_department_evaluations_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "department_evaluation_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EvaluationId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Frozen = table.Column<bool>(type: "boolean", nullable: false),
                    SheetJson = table.Column<string>(type: "text", nullable: false),
                    GoalActual = table.Column<string>(type: "text", nullable: true),
                    ProjectsJson = table.Column<string>(type: "text", nullable: true),
                    Total = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: true),
                    Grade = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_department_evaluation_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_department_evaluation_versions_department_evaluations_Evalu~",
                        column: x => x.EvaluationId,
                        principalTable: "department_evaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_department_evaluation_versions_EvaluationId_Number",
                table: "department_evaluation_versions",
                columns: new[] { "EvaluationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_department_evaluations_DocumentId",
                table: "department_evaluations",
                column: "DocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_department_evaluations_JurisdictionId_FiscalYear",
                table: "department_evaluations",
                columns: new[] { "JurisdictionId", "FiscalYear" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "department_evaluation_versions");

            migrationBuilder.DropTable(
                name: "department_evaluations");
        }
    }
}
