#!/usr/bin/env bash
# Measures the running system on this machine: cold start time, memory after start, and throughput and
# p99 latency of login and GET /users/me under load from wrk on loopback. Run on demand (never in CI):
#   ./mvnw -q -DskipTests package && server-config/src/bench/benchmark.sh
# Settings: DURATION (default 20s), CONNECTIONS (default 50), THREADS (default 2), PORT (default 18080).
# It starts its own instance with a throw-away data folder (embedded PostgreSQL and broker) and stops it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
duration="${DURATION:-20s}" connections="${CONNECTIONS:-50}" threads="${THREADS:-2}" port="${PORT:-18080}"
work="$(mktemp -d /tmp/duskspendr-bench.XXXXXX)"
here="$(cd "$(dirname "$0")" && pwd)"

command -v wrk >/dev/null || { echo "installing wrk (Debian package)"; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
for f in web-api/target/web-api.war web-api/target/payara-micro.jar web-api/target/artemis-ra.rar; do
  [[ -f "$root/$f" ]] || { echo "missing $f: run ./mvnw -DskipTests package first"; exit 1; }
done
classpath="$(cd "$root/server-config" && "$root/mvnw" -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"

launcher_pid=""
cleanup() { [[ -n "$launcher_pid" ]] && kill "$launcher_pid" 2>/dev/null && wait "$launcher_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

echo "== cold start (fresh data folder: initialises PostgreSQL, broker journal and schema)"
if curl -s "http://localhost:$port/" >/dev/null 2>&1; then echo "port $port is busy: stop what runs there first"; exit 1; fi
start=$(date +%s.%N)
(cd "$work" && exec java -Dduskspendr.http.port="$port" -Dduskspendr.db.embedded.port=$((port + 1)) \
  -Dduskspendr.broker.port=$((port + 2)) -Dduskspendr.cluster.start-port=$((port + 3)) \
  -cp "$classpath:$root/server-config/target/classes" com.duskspendr.server.Launcher \
  "$root/web-api/target/payara-micro.jar" "$root/web-api/target/web-api.war" "$root/web-api/target/artemis-ra.rar" \
  >"$work/launcher.log" 2>&1) &
launcher_pid=$!
# ready = UP with the application's checks listed (Payara answers UP with no checks while still deploying)
until curl -sf "http://localhost:$port/health/ready" 2>/dev/null | grep -q '"name"'; do
  kill -0 "$launcher_pid" 2>/dev/null || { echo "launcher died:"; tail -50 "$work/launcher.log"; exit 1; }
  sleep 0.2
done
ready=$(date +%s.%N)
printf 'cold start to ready: %.1f s\n' "$(echo "$ready - $start" | bc)"
payara_pid=$(pgrep -f "payara-micro.jar.*--port $port" | head -1)
echo "memory after start (Payara Micro RSS): $(( $(ps -o rss= -p "$payara_pid") / 1024 )) MiB"

base="http://localhost:$port"
email="bench-$(date +%s)@example.com" password="benchmark password 2026"
curl -sf -H "Content-Type: application/json" -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/api/v1/auth/register" >/dev/null
token=$(curl -sf -H 'Content-Type: application/json' -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/api/v1/auth/login" \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')

echo "== warm-up"
wrk -t"$threads" -c"$connections" -d10s -H "Authorization: Bearer $token" "$base/api/v1/users/me" >/dev/null

echo "== GET /api/v1/users/me ($connections connections, $duration)"
wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" "$base/api/v1/users/me" \
  | grep -E "Requests/sec|Latency|99%|50%|Non-2xx"

echo "== POST /api/v1/auth/login ($connections connections, $duration; Argon2id m=19MiB t=2 per request)"
EMAIL="$email" PASSWORD="$password" wrk -t"$threads" -c"$connections" -d"$duration" --latency \
  -s "$here/login.lua" "$base/api/v1/auth/login" | grep -E "Requests/sec|Latency|99%|50%|Non-2xx"
echo "memory after load (Payara Micro RSS): $(( $(ps -o rss= -p "$payara_pid") / 1024 )) MiB"
