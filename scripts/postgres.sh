#!/usr/bin/env bash
# A throwaway PostgreSQL for the data tests, listening on 127.0.0.1 only (port 55432 unless JIXIAO_PG_PORT is set),
# trust authentication for the local test user "jixiao". Idempotent: "start" reuses a server already answering there.
# Usage: scripts/postgres.sh start|stop|status
#   start   prints the connection string (last line of stdout) for JIXIAO_TEST_POSTGRES
#   stop    stops the server and removes its data directory
set -euo pipefail

PORT="${JIXIAO_PG_PORT:-55432}"
DIR="${JIXIAO_PG_DIR:-${TMPDIR:-/tmp}/jixiao-postgres-$PORT}"
DATA="$DIR/data"
CONN="Host=127.0.0.1;Port=$PORT;Username=jixiao;Database=postgres"

find_bin() {
  local found newest
  # pg_ctl on PATH may be a lone symlink: follow it to the directory that also holds initdb and pg_isready.
  if found=$(command -v pg_ctl 2>/dev/null); then
    found=$(dirname "$(readlink -f "$found")")
    if [ -x "$found/initdb" ] && [ -x "$found/pg_isready" ]; then echo "$found"; return; fi
  fi
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$newest" ] && [ -x "$newest/pg_ctl" ] && [ -x "$newest/pg_isready" ]; then echo "$newest"; return; fi
  echo "找不到 PostgreSQL（pg_ctl）：请先运行 scripts/install-deps.sh 安装 postgresql。" >&2
  exit 2
}
BIN=$(find_bin)

# PostgreSQL refuses to run as root: use the "postgres" system user then (created by the package).
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
      echo "以 root 运行时需要系统用户 postgres（由 postgresql 软件包创建）。" >&2
      exit 2
    fi
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

ready() { "$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" -q; }

case "${1:-}" in
  start)
    if ready; then echo "$CONN"; exit 0; fi
    mkdir -p "$DIR"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$DIR"; fi
    if [ ! -f "$DATA/PG_VERSION" ]; then
      as_server_user "$BIN/initdb" -D "$DATA" -U jixiao --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
        || as_server_user "$BIN/initdb" -D "$DATA" -U jixiao --auth=trust -E UTF8 --locale=C >"$DIR/initdb.log" 2>&1 \
        || { cat "$DIR/initdb.log" >&2; echo "initdb 失败（见上）。" >&2; exit 1; }
    fi
    # Loopback only; fsync off because the cluster is thrown away after the tests.
    as_server_user "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories='$DIR' -c fsync=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$DIR/server.log" >&2; echo "PostgreSQL 启动失败（见上）。" >&2; exit 1; }
    echo "$CONN"
    ;;
  stop)
    if [ -f "$DATA/postmaster.pid" ]; then as_server_user "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null || true; fi
    rm -rf "$DIR"
    ;;
  status)
    ready && echo "PostgreSQL 正在 127.0.0.1:$PORT 运行" || { echo "127.0.0.1:$PORT 上没有 PostgreSQL" >&2; exit 1; }
    ;;
  *)
    echo "用法：$0 start|stop|status" >&2
    exit 2
    ;;
esac
