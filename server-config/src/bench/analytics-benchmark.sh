#!/usr/bin/env bash
# Analytics (issue 15): the nightly jobs over many users, and spending-summary / trends latency for a user
# with five years of history. Run on demand on a quiet machine (never in CI):
#   ./mvnw -q -DskipTests package && server-config/src/bench/analytics-benchmark.sh
# Settings: USERS (default 1000) x PER_USER (1000) transactions over a year for the full run; HISTORY
# (18250: ten a day for five years) for the reading user; PARALLEL (4 users importing at once); CHANGED
# (200) transactions changed through the API before the incremental run; DURATION (20s), CONNECTIONS (10),
# THINK_MS (100, an app's pace) for the reads; CATEGORIZER_WAIT_SECONDS (7200); PORT (18080).
# Every row is a real user's: each user imports a bank statement through POST /transactions/import (real
# descriptors, 5% in EUR, income lines; files of at most 10,000 lines), the categorizer files them (or
# leaves them pending with suggestions), and some are tagged with PATCH. "Full" is analytics-rebuild of
# every user; "incremental" is analytics-nightly after CHANGED API writes (their events mark the users
# changed); a quiet night is analytics-nightly with nothing changed. Payara Micro's hello world runs beside it
# (bench-lib start_hello_world) and is measured in the same run, at the same pace and at saturation, and
# the results are printed as ratios against it too. Last, the time until an export of a user with
# EXPORT_TRANSACTIONS (10000) imported transactions is ready.
here="$(cd "$(dirname "$0")" && pwd)"
export DUSKSPENDR_ADMIN_EMAIL="bench-admin@example.com" DUSKSPENDR_ADMIN_PASSWORD="benchmark admin passphrase 2026"
source "$here/bench-lib.sh"
users="${USERS:-1000}" per_user="${PER_USER:-1000}" history="${HISTORY:-18250}" changed="${CHANGED:-200}"
duration="${DURATION:-20s}" connections="${CONNECTIONS:-10}" parallel="${PARALLEL:-4}"
password="benchmark password 2026"
year=31536000 now_epoch=$(date +%s)

start_instance
start_hello_world
admin=$(curl -sf -H "Content-Type: application/json" \
  -d "{\"email\":\"$DUSKSPENDR_ADMIN_EMAIL\",\"password\":\"$DUSKSPENDR_ADMIN_PASSWORD\"}" "$base/api/v1/auth/login" \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')

# import_history TOKEN LINES SPAN_SECONDS SALT -> the user's statements for the span up to today, in files of
# at most 10,000 lines (the import's limit) covering consecutive stretches of it
import_history() {
  local token=$1 lines=$2 span=$3 salt=$4 files part from file
  files=$(( (lines + 9999) / 10000 ))
  for (( part = 0; part < files; part++ )); do
    from=$(( now_epoch - span + part * span / files ))
    file=$(mktemp "$work/statement.XXXXXX")
    realistic_statement $(( lines / files )) "$from" $(( span / files - 86400 )) "$salt" >"$file"
    import_statement "$token" "$file" >/dev/null
    rm -f "$file"
  done
}

seed_user() { # INDEX
  local token
  token=$(register_and_login "user-$1-$(date +%s%N)@example.com" "$password")
  import_history "$token" "$per_user" "$year" "$1"
  echo "$token" >"$work/token-$1"
}

seeding=$(date +%s)
echo "== importing: $users users x $per_user transactions ($parallel at a time), and $history for the reading user"
token=$(register_and_login "reader-$(date +%s)@example.com" "$password")
import_history "$token" "$history" $(( 5 * year )) 1000000
for (( i = 0; i < users; i++ )); do
  seed_user "$i" &
  while (( $(jobs -rp | wc -l) >= parallel )); do wait -n || true; done
done
wait
echo "   stored in $(( $(date +%s) - seeding )) s; waiting for the categorizer"
QUIET_CPU_SECONDS="${QUIET_CPU_SECONDS:-0.5}" DRAIN_MAX_SECONDS="${CATEGORIZER_WAIT_SECONDS:-7200}" await_drained
echo "   categorized after $(( $(date +%s) - seeding )) s; tagging"
tag_some "$token" 200
for (( i = 0; i < users; i++ )); do tag_some "$(cat "$work/token-$i")" 40; done
echo "   seeded in $(( $(date +%s) - seeding )) s"
await_hello_world

# run_job NAME JSON_PARAMETERS -> prints the execution's seconds and items written once it has ended; sets job_seconds
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
  job_seconds=$(echo "scale=1; ($ended - $started) / 1" | bc)
  echo "   $1 execution $id: $(sed -E 's/.*"batchStatus":"([A-Z]+)".*/\1/' <<<"$status"), \
$(sed -E 's/.*"itemsDone":([0-9]+).*/\1/' <<<"$status") users in $job_seconds s"
}

echo "== hello world at saturation (the yardstick for this run's machine speed)"
payara_pid=$hello_pid connections=32 warm_up "$hello_base/hello"
hello_rps=$(wrk -t2 -c32 -d"$duration" "$hello_base/hello" | sed -nE 's/Requests\/sec: +//p')
echo "   $hello_rps req/s"

total=$(( users * per_user + history ))
echo "== full: analytics-rebuild of every user ($total transactions)"
before=$(date +%s.%N)
run_job analytics-rebuild '{"itemCount":"20"}'
rows_per_second=$(echo "scale=0; $total / ($(date +%s.%N) - $before)" | bc)
echo "   $rows_per_second transactions/s; ratio to hello world's req/s $(echo "scale=3; $rows_per_second / $hello_rps" | bc)"

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
echo "== hello world, $connections clients each waiting ${THINK_MS:-100} ms between requests (the floor for p99)"
payara_pid=$hello_pid THINK_MS="${THINK_MS:-100}" measured -t2 -c"$connections" -d"$duration" -s "$here/think-time.lua" \
  "$hello_base/hello"
for path in "spending-summary?period=month" "spending-summary?period=year" "trends?months=60" "trends?months=6"; do
  echo "== GET /api/v1/analytics/$path, $connections clients each waiting ${THINK_MS:-100} ms between requests"
  THINK_MS="${THINK_MS:-100}" measured -t2 -c"$connections" -d"$duration" "${auth[@]}" -s "$here/think-time.lua" \
    "$base/api/v1/analytics/$path"
done

echo "== export of a user with ${EXPORT_TRANSACTIONS:-10000} transactions"
exporter=$(register_and_login "exporter-$(date +%s)@example.com" "benchmark password 2026")
import_history "$exporter" "${EXPORT_TRANSACTIONS:-10000}" $(( 5 * year )) 7
QUIET_CPU_SECONDS="${QUIET_CPU_SECONDS:-0.5}" DRAIN_MAX_SECONDS="${CATEGORIZER_WAIT_SECONDS:-7200}" await_drained
started=$(date +%s.%N)
export_id=$(curl -sf -X POST -H "Authorization: Bearer $exporter" "$base/api/v1/exports" | sed -E 's/.*"id":"([^"]+)".*/\1/')
until curl -sf -H "Authorization: Bearer $exporter" "$base/api/v1/exports/$export_id" | grep -q '"status":"\(ready\|failed\)"'; do
  sleep 0.2
done
echo "   ready in $(echo "scale=1; ($(date +%s.%N) - $started) / 1" | bc) s"
link=$(curl -sf -H "Authorization: Bearer $exporter" "$base/api/v1/exports/$export_id" | sed -E 's/.*"downloadUrl":"([^"]+)".*/\1/')
echo "   zip: $(curl -sf "$base$link" | wc -c) bytes"
