#!/usr/bin/env bash
# Analytics (issue 15): the nightly jobs over many users, and spending-summary / trends latency for a user
# with five years of history. Run on demand on a quiet machine (never in CI):
#   ./mvnw -q -DskipTests package && server-config/src/bench/analytics-benchmark.sh
# Settings: USERS (default 1000) x PER_USER (1000) transactions for the full run; HISTORY (18250: ten a day
# for five years) for the reading user; CHANGED (200) transactions changed through the API before the
# incremental run; DURATION (20s), CONNECTIONS (10), THINK_MS (100, an app's pace) for the reads; PORT (18080).
# Rows are seeded straight into the ledger with their changes-feed rows (SeedLedger.java). "Full" is
# analytics-rebuild of every user; "incremental" is analytics-nightly after CHANGED API writes (their events
# mark the users changed); a quiet night is analytics-nightly with nothing changed. Last, the time until
# an export of a user with EXPORT_TRANSACTIONS (10000) transactions is ready.
here="$(cd "$(dirname "$0")" && pwd)"
export DUSKSPENDR_ADMIN_EMAIL="bench-admin@example.com" DUSKSPENDR_ADMIN_PASSWORD="benchmark admin passphrase 2026"
source "$here/bench-lib.sh"
users="${USERS:-1000}" per_user="${PER_USER:-1000}" history="${HISTORY:-18250}" changed="${CHANGED:-200}"
duration="${DURATION:-20s}" connections="${CONNECTIONS:-10}"

start_instance
admin=$(curl -sf -H "Content-Type: application/json" \
  -d "{\"email\":\"$DUSKSPENDR_ADMIN_EMAIL\",\"password\":\"$DUSKSPENDR_ADMIN_PASSWORD\"}" "$base/api/v1/auth/login" \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
token=$(register_and_login "reader-$(date +%s)@example.com" "benchmark password 2026")
user_id=$(curl -sf -H "Authorization: Bearer $token" "$base/api/v1/users/me" | sed -E 's/.*"id":"([^"]+)".*/\1/')
driver=$(tr ':' '\n' <<<"$classpath" | grep 'postgresql-.*\.jar')
driver="${driver%%$'\n'*}"
jdbc="jdbc:postgresql://localhost:$((port + 1))/duskspendr"

echo "== seeding $users users x $per_user transactions, and $history for the reading user"
java -cp "$driver" "$here/SeedLedger.java" "$jdbc" "$users" "$per_user" 365
java -cp "$driver" "$here/SeedLedger.java" "$jdbc" "$user_id" "$history" 1826

# run_job NAME JSON_PARAMETERS -> prints the execution's seconds and items written once it has ended
run_job() {
  local id status started ended
  started=$(date +%s.%N)
  id=$(curl -sf -H "Authorization: Bearer $admin" -H "Content-Type: application/json" -d "{\"parameters\":$2}" \
    "$base/api/v1/admin/jobs/$1" | sed -E 's/.*"executionId":([0-9]+).*/\1/')
  while true; do
    status=$(curl -sf -H "Authorization: Bearer $admin" "$base/api/v1/admin/jobs/executions/$id")
    [[ $status == *'"batchStatus":"STARTED"'* || $status == *'"batchStatus":"STARTING"'* ]] || break
    sleep 0.5
  done
  ended=$(date +%s.%N)
  echo "   $1 execution $id: $(sed -E 's/.*"batchStatus":"([A-Z]+)".*/\1/' <<<"$status"), \
$(sed -E 's/.*"itemsDone":([0-9]+).*/\1/' <<<"$status") users in $(echo "scale=1; ($ended - $started) / 1" | bc) s"
}

total=$(( users * per_user + history ))
echo "== full: analytics-rebuild of every user ($total transactions)"
before=$(date +%s.%N)
run_job analytics-rebuild '{"itemCount":"20"}'
echo "   $(echo "scale=0; $total / ($(date +%s.%N) - $before)" | bc) transactions/s"

echo "== a quiet night: analytics-nightly with nothing changed"
run_job analytics-nightly '{}'

echo "== incremental: $changed transactions recorded through the API, then analytics-nightly"
for i in $(seq 1 "$changed"); do
  curl -sf -o /dev/null -H "Authorization: Bearer $token" -H "Content-Type: application/json" \
    -d "{\"amount\":\"-$((i % 90 + 1)).25\",\"currency\":\"USD\",\"date\":\"2026-11-$((i % 28 + 1))\",\"merchantName\":\"Bench\",\"categoryId\":\"food_and_drink.coffee\"}" \
    "$base/api/v1/transactions"
done
await_drained
run_job analytics-nightly '{}'

auth=(-H "Authorization: Bearer $token")
echo "== warm-up"
warm_up "${auth[@]}" "$base/api/v1/analytics/spending-summary?period=year"
for path in "spending-summary?period=month" "spending-summary?period=year" "trends?months=60" "trends?months=6"; do
  echo "== GET /api/v1/analytics/$path, $connections clients each waiting ${THINK_MS:-100} ms between requests"
  THINK_MS="${THINK_MS:-100}" measured -t2 -c"$connections" -d"$duration" "${auth[@]}" -s "$here/think-time.lua" \
    "$base/api/v1/analytics/$path"
done

echo "== export of a user with ${EXPORT_TRANSACTIONS:-10000} transactions"
exporter=$(register_and_login "exporter-$(date +%s)@example.com" "benchmark password 2026")
exporter_id=$(curl -sf -H "Authorization: Bearer $exporter" "$base/api/v1/users/me" | sed -E 's/.*"id":"([^"]+)".*/\1/')
java -cp "$driver" "$here/SeedLedger.java" "$jdbc" "$exporter_id" "${EXPORT_TRANSACTIONS:-10000}" 1826
started=$(date +%s.%N)
export_id=$(curl -sf -X POST -H "Authorization: Bearer $exporter" "$base/api/v1/exports" | sed -E 's/.*"id":"([^"]+)".*/\1/')
until curl -sf -H "Authorization: Bearer $exporter" "$base/api/v1/exports/$export_id" | grep -q '"status":"\(ready\|failed\)"'; do
  sleep 0.2
done
echo "   ready in $(echo "scale=1; ($(date +%s.%N) - $started) / 1" | bc) s"
link=$(curl -sf -H "Authorization: Bearer $exporter" "$base/api/v1/exports/$export_id" | sed -E 's/.*"downloadUrl":"([^"]+)".*/\1/')
echo "   zip: $(curl -sf "$base$link" | wc -c) bytes"
