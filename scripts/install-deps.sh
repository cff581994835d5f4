#!/usr/bin/env bash
# Installs the Debian packages the tests and benchmarks use, only when missing. Idempotent.
set -euo pipefail
need=()
command -v dotnet >/dev/null 2>&1 || { echo "需要 .NET 10 SDK（dotnet）。" >&2; exit 2; }
command -v hyperfine >/dev/null 2>&1 || need+=(hyperfine)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
