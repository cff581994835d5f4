#!/usr/bin/env bash
# Issue 5 point 9: the web system's speed with 100 departments × 30 projects stored.
# Goal: the overview pages (/departments/{id}/{year}) and project pages (/projects/{id}) answer with p95 ≤ 50 ms on
# loopback under 20 concurrent clients (the API reads that fill those pages are measured beside them, and the first page
# of GET /api/documents, issue 19 item 8: goal p95 ≤ 50 ms under 50 clients, JIXIAO_BENCH_CLIENTS=50).
#
# Creates a temporary SQLite database, starts the published web app (Release) on a free loopback port with
# Jixiao:Demo:Scale=100x30 (generates the data at start), waits for it, runs bench/Jixiao.WebBench signed in as the
# scale data's 财政审核人, stops the app. Prints count, p50, p95, p99, max per kind and 通过/未达标.
#
# Usage: bench/web-p95.sh [SCALE] [REQUESTS]        e.g. bench/web-p95.sh 100x30 4000
# Env:   JIXIAO_BENCH_CLIENTS (20), JIXIAO_BENCH_WARMUP (2000: lets the JIT reach its optimised tier, as a running server has), JIXIAO_BENCH_KEEP=1 keeps the temp folder (app log, db),
#        JIXIAO_BENCH_KINDS (all: the five kinds mixed; documents: GET /api/documents alone, issue 19's figure; pages; data).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SCALE=${1:-100x30}
REQUESTS=${2:-4000}
CLIENTS=${JIXIAO_BENCH_CLIENTS:-20}
KINDS=${JIXIAO_BENCH_KINDS:-all}
WARMUP=${JIXIAO_BENCH_WARMUP:-2000}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

WORK=$(mktemp -d /tmp/jixiao-web-p95.XXXXXX)
APP_PID=
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  if [ "${JIXIAO_BENCH_KEEP:-0}" = 1 ]; then echo "临时目录保留：$WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

echo "构建网站（Release）和压测客户端……"
build() {  # quiet when it works; the compiler's output when it does not
  if ! "$@" -v quiet -nologo >"$WORK/build.log" 2>&1; then
    echo "构建失败：$*" >&2; grep -E 'error|错误' "$WORK/build.log" | sort -u | head -20 >&2; exit 2
  fi
}
build dotnet publish src/Jixiao.Web -c Release -o "$WORK/web"
build dotnet build bench/Jixiao.WebBench -c Release -o "$WORK/client"

PASSWORD="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
LOG="$WORK/app.log"
echo "启动网站：临时数据库 $WORK/jixiao.db，生成规模测试数据 $SCALE（首次需要一两分钟）……"
(
  cd "$WORK/web"
  # Port 0: the system picks a free loopback port; the app prints the address it got.
  exec dotnet Jixiao.Web.dll --urls http://127.0.0.1:0 --environment Production \
    --Jixiao:Database:Provider=sqlite "--ConnectionStrings:Jixiao=Data Source=$WORK/jixiao.db" \
    --Jixiao:Demo:Enabled=false "--Jixiao:Demo:Scale=$SCALE" "--Jixiao:Demo:Password=$PASSWORD" \
    --Logging:LogLevel:Default=Warning
) >"$LOG" 2>&1 &
APP_PID=$!

URL=
for _ in $(seq 1 1800); do
  URL=$(grep -o '绩效系统已启动：http://127\.0\.0\.1:[0-9]*' "$LOG" | head -1 | sed 's/^绩效系统已启动：//') || true
  [ -n "$URL" ] && break
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "网站启动失败：" >&2; cat "$LOG" >&2; exit 2; fi
  sleep 0.5
done
[ -n "$URL" ] || { echo "网站 15 分钟内没有启动：" >&2; cat "$LOG" >&2; exit 2; }
USER_NAME=$(grep -o '用户名：finance\.S[^ ]*' "$LOG" | head -1 | sed 's/^用户名：//')
[ -n "$USER_NAME" ] || { echo "日志中没有规模测试数据的财政审核人：" >&2; cat "$LOG" >&2; exit 2; }
echo "网站：$URL  用户：$USER_NAME  （$(grep -o '规模测试数据已生成.*' "$LOG" | head -1)）"

echo "压测前负载：$(cut -d' ' -f1-3 /proc/loadavg)"
set +e
# --server-pid: the client prints the server's CPU time per measured request (the figure that does not depend on load).
dotnet "$WORK/client/jixiao-webbench.dll" --url "$URL" --user "$USER_NAME" --password "$PASSWORD" \
  --clients "$CLIENTS" --warmup "$WARMUP" --requests "$REQUESTS" --goal-ms 50 --kinds "$KINDS" --server-pid "$APP_PID"
STATUS=$?
set -e
echo "机器：$(nproc) 核，压测后负载 $(cut -d' ' -f1-3 /proc/loadavg)"
exit $STATUS
