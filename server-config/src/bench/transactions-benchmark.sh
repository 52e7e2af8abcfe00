#!/usr/bin/env bash
# Create-transaction and list-transactions throughput and p99 at 50 concurrent clients, with one user
# holding 100,000 transactions. Each list is measured twice: clients that ask again the moment they have an
# answer (saturation: the throughput ceiling, where latency is mostly queueing), and 50 independent clients
# that each think for a random time averaging THINK_MS (default 100 ms) between requests (a busy app's pace;
# think-time.lua). Creates are measured with the 50 clients
# spread over 50 users (phones) and all as the one user. Run on demand (never in CI):
#   ./mvnw -q -DskipTests package && server-config/src/bench/transactions-benchmark.sh
# Settings: TRANSACTIONS (default 100000), DURATION (default 20s), CONNECTIONS (default 50), PORT (18080).
# The 100,000 rows are written straight into PostgreSQL (SeedTransactions.java, one multi-row INSERT per
# 1,000) because the point is reading at that size; the create benchmark then goes through the API.
# Each run also prints the server's CPU time per request (bench-lib's measured), steadier than throughput.
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/bench-lib.sh"
count="${TRANSACTIONS:-100000}" duration="${DURATION:-20s}" connections="${CONNECTIONS:-50}" threads="${THREADS:-2}"

start_instance
email="ledger-$(date +%s)@example.com" password="benchmark password 2026"
token=$(register_and_login "$email" "$password")
user_id=$(curl -sf -H "Authorization: Bearer $token" "$base/api/v1/users/me" | sed -E 's/.*"id":"([^"]+)".*/\1/')
# grep reads the whole list (no -m1, no head): a reader that stops early kills tr with SIGPIPE, and under
# pipefail and set -e that ended the script silently, now and then, right after the instance was up
driver=$(tr ':' '\n' <<<"$classpath" | grep 'postgresql-.*\.jar')
driver="${driver%%$'\n'*}"

echo "== seeding $count transactions for one user"
java -cp "$driver" "$here/SeedTransactions.java" "jdbc:postgresql://localhost:$((port + 1))/duskspendr" "$user_id" "$count"

auth=(-H "Authorization: Bearer $token")
echo "== warm-up (until the JIT has compiled the hot code, up to ${WARMUP_MAX_SECONDS:-600} s)"
warm_up "${auth[@]}" "$base/api/v1/transactions?limit=50"

echo "== GET /api/v1/transactions?limit=50 (first page; $connections connections, $duration)"
measured -t"$threads" -c"$connections" -d"$duration" "${auth[@]}" "$base/api/v1/transactions?limit=50"

echo "== same, each client waiting ${THINK_MS:-100} ms between requests"
THINK_MS="${THINK_MS:-100}" measured -t"$threads" -c"$connections" -d"$duration" "${auth[@]}" \
  -s "$here/think-time.lua" "$base/api/v1/transactions?limit=50"

echo "== GET /api/v1/transactions filtered by category (with subcategories) and amount"
measured -t"$threads" -c"$connections" -d"$duration" "${auth[@]}" \
  "$base/api/v1/transactions?categoryId=food_and_drink&minAmount=-100&limit=50"

echo "== GET /api/v1/transactions?q=coffee (text search)"
measured -t"$threads" -c"$connections" -d"$duration" "${auth[@]}" "$base/api/v1/transactions?q=coffee&limit=50"

echo "== filtered and text-search lists, each client waiting ${THINK_MS:-100} ms between requests"
for query in "categoryId=food_and_drink&minAmount=-100&limit=50" "q=coffee&limit=50"; do
  THINK_MS="${THINK_MS:-100}" measured -t"$threads" -c"$connections" -d"$duration" "${auth[@]}" \
    -s "$here/think-time.lua" "$base/api/v1/transactions?$query"
done

echo "== signing in $connections more users for the spread create run"
tokens_file="$work/tokens"
for i in $(seq 1 "$connections"); do
  register_and_login "phone-$i-$(date +%s)@example.com" "$password" >>"$tokens_file"
  echo >>"$tokens_file"
done

echo "== POST /api/v1/transactions ($connections connections spread over $connections users, $duration)"
TOKENS_FILE="$tokens_file" measured -t"$threads" -c"$connections" -d"$duration" "${auth[@]}" \
  -s "$here/create-transaction.lua" "$base/api/v1/transactions"

echo "== POST /api/v1/transactions ($connections connections, all as the one user, $duration)"
measured -t"$threads" -c"$connections" -d"$duration" "${auth[@]}" -s "$here/create-transaction.lua" \
  "$base/api/v1/transactions"
echo "memory after load (Payara Micro RSS): $(resident_mib) MiB"
