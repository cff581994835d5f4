#!/usr/bin/env bash
# Issue 18 item 10: the finance bureau's monitoring overview with 100 departments × 30 projects with monitoring stored.
# Goal: GET /api/monitoring/periods/{id}/overview and the page /monitoring/overview/{id} answer with p95 ≤ 50 ms on
# loopback under 20 concurrent clients.
#
# Seeds a temporary SQLite database with bench/Jixiao.MonitorSeed (the scale data, each document approved, a 1–7月
# period, every document's monitoring table filled and submitted through MonitoringService), starts the published web
# app (Release) on it, runs bench/Jixiao.WebBench --kinds monitoring signed in as the scale data's 财政审核人, stops the
# app. Prints count, p50, p95, p99, max per kind and 通过/未达标.
#
# Usage: bench/monitoring-p95.sh [SCALE] [REQUESTS]        e.g. bench/monitoring-p95.sh 100x30 2000
# Env:   JIXIAO_BENCH_CLIENTS (20), JIXIAO_BENCH_WARMUP (1000), JIXIAO_BENCH_KEEP=1 keeps the temp folder.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${1:-100x30}
REQUESTS=${2:-2000}
CLIENTS=${JIXIAO_BENCH_CLIENTS:-20}
WARMUP=${JIXIAO_BENCH_WARMUP:-1000}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

WORK=$(mktemp -d /tmp/jixiao-monitoring-p95.XXXXXX)
APP_PID=
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  if [ "${JIXIAO_BENCH_KEEP:-0}" = 1 ]; then echo "临时目录保留：$WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

echo "构建网站（Release）、监控数据生成器和压测客户端……"
build() {
  if ! "$@" -v quiet -nologo >"$WORK/build.log" 2>&1; then
    echo "构建失败：$*" >&2; grep -E 'error|错误' "$WORK/build.log" | sort -u | head -20 >&2; exit 2
  fi
}
build dotnet publish src/Jixiao.Web -c Release -o "$WORK/web"
build dotnet build bench/Jixiao.MonitorSeed -c Release -o "$WORK/seed"
build dotnet build bench/Jixiao.WebBench -c Release -o "$WORK/client"

PASSWORD="bench-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
echo "生成规模测试数据和监控数据 $SCALE ……"
dotnet "$WORK/seed/jixiao-monitorseed.dll" "$WORK/jixiao.db" "$SCALE" "$PASSWORD" | tee "$WORK/seed.log"
USER_NAME=$(grep -o '用户名：[^ ]*' "$WORK/seed.log" | head -1 | sed 's/^用户名：//')

LOG="$WORK/app.log"
(
  cd "$WORK/web"
  exec dotnet Jixiao.Web.dll --urls http://127.0.0.1:0 --environment Production \
    --Jixiao:Database:Provider=sqlite "--ConnectionStrings:Jixiao=Data Source=$WORK/jixiao.db" \
    --Jixiao:Demo:Enabled=false --Logging:LogLevel:Default=Warning
) >"$LOG" 2>&1 &
APP_PID=$!
URL=
for _ in $(seq 1 600); do
  URL=$(grep -o '绩效系统已启动：http://127\.0\.0\.1:[0-9]*' "$LOG" | head -1 | sed 's/^绩效系统已启动：//') || true
  [ -n "$URL" ] && break
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "网站启动失败：" >&2; cat "$LOG" >&2; exit 2; fi
  sleep 0.5
done
[ -n "$URL" ] || { echo "网站 5 分钟内没有启动：" >&2; cat "$LOG" >&2; exit 2; }
echo "网站：$URL  用户：$USER_NAME"

set +e
dotnet "$WORK/client/jixiao-webbench.dll" --url "$URL" --user "$USER_NAME" --password "$PASSWORD" \
  --clients "$CLIENTS" --warmup "$WARMUP" --requests "$REQUESTS" --goal-ms 50 --kinds monitoring
STATUS=$?
set -e
echo "机器：$(nproc) 核，负载 $(cut -d' ' -f1-3 /proc/loadavg)"
exit $STATUS
