#!/usr/bin/env bash
# Creates as a new user would make them, through the API, at 50 concurrent clients spread over 50 users
# (phones): back to back (saturation: the throughput ceiling) and at an app's pace (each client thinks a
# random THINK_MS, default 100 ms, between requests), once with every purchase carrying its category (as
# session 4's run F) and once with every other one left to the categorizer. Each run prints the server's CPU
# per create with everything the create set off (outbox relay, categorization, anomaly checks), counted
# until the server is quiet again. Run on demand (never in CI):
#   ./mvnw -q -DskipTests package && server-config/src/bench/create-benchmark.sh
# Settings: DURATION (default 20s), CONNECTIONS (default 50), THINK_MS (100), PORT (18080).
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/bench-lib.sh"
duration="${DURATION:-20s}" connections="${CONNECTIONS:-50}" threads="${THREADS:-2}" think="${THINK_MS:-100}"

start_instance
password="benchmark password 2026"
echo "== signing in $connections users"
tokens_file="$work/tokens"
for i in $(seq 1 "$connections"); do
  register_and_login "phone-$i-$(date +%s%N)@example.com" "$password" >>"$tokens_file"
  echo >>"$tokens_file"
done
creates=(-s "$here/create-transaction.lua" "$base/api/v1/transactions")
export TOKENS_FILE="$tokens_file"

echo "== warm-up (until the JIT has compiled the hot code, up to ${WARMUP_MAX_SECONDS:-600} s)"
UNCATEGORIZED_EVERY=2 warm_up "${creates[@]}"

for every in 0 2; do
  label=$([[ $every == 0 ]] && echo "every purchase with its category" || echo "every other purchase for the categorizer")
  echo "== POST /api/v1/transactions, $connections clients over $connections users, back to back, $label ($duration)"
  UNCATEGORIZED_EVERY=$every measured_with_consumers -t"$threads" -c"$connections" -d"$duration" "${creates[@]}"
  echo "== same, each client thinking ${think} ms on average between requests"
  UNCATEGORIZED_EVERY=$every THINK_MS="$think" measured_with_consumers -t"$threads" -c"$connections" -d"$duration" "${creates[@]}"
done
echo "memory after load (Payara Micro RSS): $(resident_mib) MiB"
