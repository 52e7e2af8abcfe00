#!/usr/bin/env bash
# Measures the running system on this machine: cold start time, memory after start, and throughput and
# p99 latency of login and GET /users/me under load from wrk on loopback. Run on demand (never in CI):
#   ./mvnw -q -DskipTests package && server-config/src/bench/benchmark.sh
# Settings: DURATION (default 20s), CONNECTIONS (default 50), THREADS (default 2), PORT (default 18080).
# It starts its own instance with a throw-away data folder (embedded PostgreSQL and broker) and stops it.
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/bench-lib.sh"
duration="${DURATION:-20s}" connections="${CONNECTIONS:-50}" threads="${THREADS:-2}"

echo "== cold start (fresh data folder: initialises PostgreSQL, broker journal and schema)"
start_instance
printf 'cold start to ready: %.1f s\n' "$(echo "$ready_at - $started_at" | bc)"
echo "memory after start (Payara Micro RSS): $(resident_mib) MiB"

email="bench-$(date +%s)@example.com" password="benchmark password 2026"
token=$(register_and_login "$email" "$password")

echo "== warm-up (until the JIT has compiled the hot code, up to ${WARMUP_MAX_SECONDS:-600} s)"
warm_up -H "Authorization: Bearer $token" "$base/api/v1/users/me"

echo "== GET /api/v1/users/me ($connections connections, $duration)"
wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" "$base/api/v1/users/me" | wrk_summary

echo "== POST /api/v1/auth/login ($connections connections, $duration; Argon2id m=19MiB t=2 per request)"
EMAIL="$email" PASSWORD="$password" wrk -t"$threads" -c"$connections" -d"$duration" --latency \
  -s "$here/login.lua" "$base/api/v1/auth/login" | wrk_summary
echo "memory after load (Payara Micro RSS): $(resident_mib) MiB"
