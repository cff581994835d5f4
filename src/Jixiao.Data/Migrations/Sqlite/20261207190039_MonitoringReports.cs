using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MonitoringReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monitoring_periods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EndMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentTitle = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnNote = table.Column<string>(type: "TEXT", nullable: true),
                    Red = table.Column<int>(type: "INTEGER", nullable: false),
                    Yellow = table.Column<int>(type: "INTEGER", nullable: false),
                    Green = table.Column<int>(type: "INTEGER", nullable: false),
                    Blue = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RowVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_reports_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_monitoring_reports_monitoring_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "monitoring_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    JurisdictionId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IndicatorKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Target = table.Column<string>(type: "TEXT", nullable: true),
                    Progress = table.Column<string>(type: "TEXT", nullable: true),
                    Light = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Causes = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CauseNote = table.Column<string>(type: "TEXT", nullable: true),
                    Remedy = table.Column<string>(type: "TEXT", nullable: true),
                    BudgetWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    ExecutedWan = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: true),
                    PlannedRate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    ExecutionRate = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Requirement = table.Column<string>(type: "TEXT", nullable: true),
                    RequirementBy = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    RequirementAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true),
                    OutcomeBy = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    OutcomeAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_items_monitoring_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "monitoring_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "monitoring_report_versions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Frozen = table.Column<bool>(type: "INTEGER", nullable: false),
                    SheetJson = table.Column<string>(type: "TEXT", nullable: false),
                    CauseNotesJson = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monitoring_report_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monitoring_report_versions_monitoring_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "monitoring_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_items_PeriodId_Light",
                table: "monitoring_items",
                columns: new[] { "PeriodId", "Light" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_items_ReportId_ProjectKey_IndicatorKey",
                table: "monitoring_items",
                columns: new[] { "ReportId", "ProjectKey", "IndicatorKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_periods_JurisdictionId_FiscalYear_EndMonth",
                table: "monitoring_periods",
                columns: new[] { "JurisdictionId", "FiscalYear", "EndMonth" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_report_versions_ReportId_Number",
                table: "monitoring_report_versions",
                columns: new[] { "ReportId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_reports_DocumentId",
                table: "monitoring_reports",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_reports_JurisdictionId_FiscalYear",
                table: "monitoring_reports",
                columns: new[] { "JurisdictionId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_monitoring_reports_PeriodId_DocumentId",
                table: "monitoring_reports",
                columns: new[] { "PeriodId", "DocumentId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monitoring_items");

            migrationBuilder.DropTable(
                name: "monitoring_report_versions");

            migrationBuilder.DropTable(
                name: "monitoring_reports");

            migrationBuilder.DropTable(
                name: "monitoring_periods");
        }
    }
}
