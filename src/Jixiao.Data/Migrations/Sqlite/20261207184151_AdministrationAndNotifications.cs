using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jixiao.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AdministrationAndNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Disabled",
                table: "users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "NotificationsFrom",
                table: "users",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SubmissionDeadline",
                table: "fiscal_years",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "JurisdictionId",
                table: "audit_log",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "notification_reads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuditEntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notification_reads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notification_reads_audit_log_AuditEntryId",
                        column: x => x.AuditEntryId,
                        principalTable: "audit_log",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_notification_reads_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_JurisdictionId",
                table: "audit_log",
                column: "JurisdictionId");

            migrationBuilder.CreateIndex(
                name: "IX_notification_reads_AuditEntryId",
                table: "notification_reads",
                column: "AuditEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_notification_reads_UserId_AuditEntryId",
                table: "notification_reads",
                columns: new[] { "UserId", "AuditEntryId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_audit_log_jurisdictions_JurisdictionId",
                table: "audit_log",
                column: "JurisdictionId",
                principalTable: "jurisdictions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_audit_log_jurisdictions_JurisdictionId",
                table: "audit_log");

            migrationBuilder.DropTable(
                name: "notification_reads");

            migrationBuilder.DropIndex(
                name: "IX_audit_log_JurisdictionId",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "Disabled",
                table: "users");

            migrationBuilder.DropColumn(
                name: "NotificationsFrom",
                table: "users");

            migrationBuilder.DropColumn(
                name: "SubmissionDeadline",
                table: "fiscal_years");

            migrationBuilder.DropColumn(
                name: "JurisdictionId",
                table: "audit_log");
        }
    }
}
