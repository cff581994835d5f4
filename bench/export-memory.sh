#!/usr/bin/env bash
# Issue 19: the largest document the limits allow (Jixiao:Limits, docs/limits.md: 500 projects × 200 indicators) beside
# a document of normal size (seed 002: 7 projects), each imported through the API and exported in every format.
# Prints per document and format: the time of the request, the size of the file and the web server's peak resident
# memory during that export (VmHWM, reset before each request through /proc/PID/clear_refs), and the same for the import.
#
# Starts the published web app (Release, Production, SQLite in a temporary folder, demo users with a random password)
# on a free loopback port, signs in as the demo's unit filer with curl, stops the app at the end.
#
# Usage: bench/export-memory.sh [PROJECTS] [INDICATORS]     (defaults: 500 200, the default limits)
# Env:   JIXIAO_BENCH_KEEP=1 keeps the temp folder (app log, db, files).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PROJECTS=${1:-500}
INDICATORS=${2:-200}
SHARED=${JIXIAO_SHARED:-$ROOT/../shared}
SEED="$SHARED/seeds/002_0e0ca6b7649d2b1c.txt"
[ -f "$SEED" ] || { echo "找不到种子 002：$SEED（shared 目录应在检出目录旁边，或设置 JIXIAO_SHARED）" >&2; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

WORK=$(mktemp -d /tmp/jixiao-export-memory.XXXXXX)
APP_PID=
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [ "${JIXIAO_BENCH_KEEP:-0}" = 1 ]; then echo "临时目录保留：$WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

echo "构建网站（Release）……"
if ! dotnet publish src/Jixiao.Web -c Release -o "$WORK/web" -v quiet -nologo >"$WORK/build.log" 2>&1; then
  echo "构建失败：" >&2; grep -E 'error|错误' "$WORK/build.log" | sort -u | head -20 >&2; exit 2
fi
cp "$SEED" "$WORK/normal.txt"
python3 bench/make-document.py "$SEED" "$PROJECTS" "$INDICATORS" >"$WORK/largest.txt"

PASSWORD="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
LOG="$WORK/app.log"
(
  cd "$WORK/web"
  exec dotnet Jixiao.Web.dll --urls http://127.0.0.1:0 --environment Production \
    --Jixiao:Database:Provider=sqlite "--ConnectionStrings:Jixiao=Data Source=$WORK/jixiao.db" \
    --Jixiao:Demo:Enabled=true "--Jixiao:Demo:Password=$PASSWORD" --Logging:LogLevel:Default=Warning
) >"$LOG" 2>&1 &
APP_PID=$!
URL=
for _ in $(seq 1 600); do
  URL=$(grep -o '绩效系统已启动：http://127\.0\.0\.1:[0-9]*' "$LOG" | head -1 | sed 's/^绩效系统已启动：//') || true
  [ -n "$URL" ] && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "网站启动失败：" >&2; cat "$LOG" >&2; exit 2; }
  sleep 0.5
done
[ -n "$URL" ] || { echo "网站 5 分钟内没有启动：" >&2; cat "$LOG" >&2; exit 2; }
# The dotnet host runs the app in the same process (exec above).
SERVER_PID=$APP_PID

JAR="$WORK/cookies"
curl -sf -c "$JAR" -H 'Content-Type: application/json' -d "{\"userName\":\"filer.301002\",\"password\":\"$PASSWORD\"}" "$URL/api/session" >"$WORK/me.json"
read -r DEPARTMENT UNIT < <(python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); print(m["departmentId"], m["budgetUnitId"])' "$WORK/me.json")
TOKEN=$(curl -sf -b "$JAR" -c "$JAR" "$URL/api/antiforgery" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

peak_reset() { echo 5 >"/proc/$SERVER_PID/clear_refs"; }
peak_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status"; }

printf '%-8s %-7s %9s %10s %12s\n' 文档 格式 耗时/s 大小/KB 峰值内存/MB
for DOC in normal largest; do
  peak_reset
  START=$(date +%s.%N)
  curl -sf -b "$JAR" -H "X-CSRF-TOKEN: $TOKEN" -F "file=@$WORK/$DOC.txt" -F "departmentId=$DEPARTMENT" -F "budgetUnitId=$UNIT" \
    -F "fiscalYear=2022" "$URL/api/import" >"$WORK/$DOC.json" || { echo "导入 $DOC 失败：" >&2; curl -s -b "$JAR" -H "X-CSRF-TOKEN: $TOKEN" -F "file=@$WORK/$DOC.txt" -F "departmentId=$DEPARTMENT" -F "budgetUnitId=$UNIT" -F "fiscalYear=2022" "$URL/api/import" >&2; exit 2; }
  END=$(date +%s.%N)
  ID=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$WORK/$DOC.json")
  PROJECT_COUNT=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["projectCount"])' "$WORK/$DOC.json")
  printf '%-8s %-7s %9.2f %10d %12s   （%s 个项目，文件 %d KB）\n' "$DOC" 导入 "$(echo "$END - $START" | bc)" \
    $(( $(stat -c %s "$WORK/$DOC.txt") / 1024 )) "$(peak_mb)" "$PROJECT_COUNT" $(( $(stat -c %s "$WORK/$DOC.txt") / 1024 ))
  for FORMAT in docx xlsx pdf html; do
    peak_reset
    STATS=$(curl -s -b "$JAR" -o "$WORK/$DOC.$FORMAT" -w '%{http_code} %{time_total} %{size_download}' "$URL/api/documents/$ID/export/$FORMAT")
    read -r CODE SECS BYTES <<<"$STATS"
    [ "$CODE" = 200 ] || { echo "导出 $DOC $FORMAT 失败：HTTP $CODE" >&2; cat "$WORK/$DOC.$FORMAT" >&2; exit 2; }
    printf '%-8s %-7s %9.2f %10d %12s\n' "$DOC" "$FORMAT" "$SECS" $(( BYTES / 1024 )) "$(peak_mb)"
  done
done
echo "机器：$(nproc) 核，负载 $(cut -d' ' -f1-3 /proc/loadavg)；.NET $(dotnet --version)"
