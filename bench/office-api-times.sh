#!/bin/bash
# Times GET /api/overview (finance) and /api/notifications/unread-count (filer) on the demo data of a fresh SQLite database.
set -e
dir=$(mktemp -d)
port=5391
# Needs a Release build: dotnet build src/Jixiao.Web -c Release
cd "$(dirname "$0")/../src/Jixiao.Web/bin/Release/net10.0"
dotnet Jixiao.Web.dll --environment Demo --urls http://127.0.0.1:$port "--ConnectionStrings:Jixiao=Data Source=$dir/j.db" \
  --Jixiao:Demo:Enabled=true --Jixiao:Demo:Password=Measure-Pass-2026 > $dir/log.txt 2>&1 &
pid=$!
for i in $(seq 1 120); do curl -s -o /dev/null http://127.0.0.1:$port/signin && break; sleep 1; done
sleep 5
signin() { curl -s -c $dir/$1.jar -H 'Content-Type: application/json' -d "{\"userName\":\"$1\",\"password\":\"Measure-Pass-2026\"}" http://127.0.0.1:$port/api/session -o /dev/null -w "%{http_code}\n"; }
signin finance; signin filer.301002
time1() { for i in $(seq 1 30); do curl -s -b $dir/$1.jar -o /dev/null -w "%{time_total}\n" "http://127.0.0.1:$port$2"; done | sort -n | awk '{a[NR]=$1} END {print "p50", a[int(NR/2)], "p95", a[int(NR*0.95)], "max", a[NR]}'; }
echo "overview 2026:"; time1 finance "/api/overview?year=2026"
echo "overview all years:"; time1 finance "/api/overview"
echo "export documents:"; time1 finance "/api/overview/export/documents?year=2026"
echo "unread count:"; time1 filer.301002 "/api/notifications/unread-count"
echo "notifications:"; time1 filer.301002 "/api/notifications"
kill $pid; wait $pid 2>/dev/null || true
rm -rf $dir
