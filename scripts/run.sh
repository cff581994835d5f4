#!/usr/bin/env bash
# Runs Jixiao.
# Usage: scripts/run.sh                  the web system: SQLite database, demo data, http://127.0.0.1:5080
#                                        (database file: ./data/jixiao.db, or $JIXIAO_DATA: a folder, or a file ending in .db)
#        scripts/run.sh FILE [--json]    the `jixiao` command line: imports FILE and prints its summary (or the JSON)
# Other addresses: scripts/run.sh --urls http://0.0.0.0:8080 (only behind a TLS proxy: the sign-in cookie is not Secure on http).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=${JIXIAO_OUT:-out}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then
  dotnet build src/Jixiao.Cli -c Release -o "$OUT" -v quiet -nologo >/dev/null
  exec "$OUT/jixiao" import "$@"
fi

DATA=${JIXIAO_DATA:-$ROOT/data}
case "$DATA" in
  *.db) DB_FILE=$DATA ;;
  *) DB_FILE=$DATA/jixiao.db ;;
esac
mkdir -p "$(dirname "$DB_FILE")"
DB_FILE=$(cd "$(dirname "$DB_FILE")" && pwd)/$(basename "$DB_FILE")

URLS=http://127.0.0.1:5080
if [ "${1:-}" = "--urls" ] && [ -n "${2:-}" ]; then URLS=$2; fi

echo "正在构建绩效系统……"
# publish, not build: the published folder holds every static file (MudBlazor's too) outside Development.
dotnet publish src/Jixiao.Web -c Release -o "$OUT/web" -v quiet -nologo >/dev/null
echo "数据库：$DB_FILE"
echo "地址：$URLS （浏览器打开；下面列出演示用户和本次启动的密码）"
cd "$OUT/web"
# Demo data is off unless asked for (appsettings.json); this command is the demo, so it asks, in the environment
# "Demo": Production refuses demo data and never prints a password (docs/SECURITY.md), while a demo is useless
# without its users' passwords. Everything else (headers, origin check, sessions, limits) is as in Production.
exec dotnet Jixiao.Web.dll --urls "$URLS" --environment Demo \
  --Jixiao:Database:Provider=sqlite --Jixiao:Demo:Enabled=true \
  "--ConnectionStrings:Jixiao=Data Source=$DB_FILE"
