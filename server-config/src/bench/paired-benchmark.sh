#!/usr/bin/env bash
# Our read path against the platform's own floor, in one run: a user with a realistic ledger (a 3,000-line
# bank statement imported through the API, so rows carry the categorizer's decisions and suggestions, plus
# tags and notes on some) read through GET /transactions?limit=50, /users/me and /transactions/{id}, and a
# hello-world JAX-RS endpoint (hello-world/, compiled here against the Jakarta EE API) on a second Payara
# Micro with the same JVM flags and server settings. Rounds alternate between the two, each after the
# machine has gone quiet, so a neighbour's build or our own background work (categorizing the import) is
# not charged to one side; the ratio of the two moves far less than either number on a shared machine.
# Finally the instance is restarted on the same data and loaded from readiness on, to see when a fresh
# JVM reaches 80% of the warmed list throughput. Run on demand (never in CI):
#   ./mvnw -q -DskipTests package && server-config/src/bench/paired-benchmark.sh
# Settings: CONNECTIONS (32), DURATION (20s per round), ROUNDS (3 per endpoint and side), LINES (3000),
# HELLO_SAME_SETTINGS (0), CATEGORIZER_WAIT_SECONDS (300, for the import's categorization to finish),
# QUIET_IDLE (85: % CPU idle over 2 s that counts as quiet), QUIET_MAX_SECONDS (120: then it goes ahead and
# says so), WARMUP_MAX_SECONDS (600 per endpoint), TIME_TO_SPEED_SECONDS (180; 0 skips that phase),
# TIME_TO_SPEED_JVM_OPTIONS (';'-separated option sets to restart with as well, e.g.
# "-Xms256m -Xmx1g -XX:CICompilerCount=6"), WARMED_LIST_RPS (the 100% for time to speed; default: the
# best list round), PORT (18080). ROUNDS=0 WARMUP_MAX_SECONDS=0 WARMED_LIST_RPS=... measures time to speed only.
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/bench-lib.sh"
connections="${CONNECTIONS:-32}" threads="${THREADS:-2}" duration="${DURATION:-20s}" rounds="${ROUNDS:-3}"

# run_round LABEL PID URL [wrk args...] -> one measured wrk run after the machine went quiet; sets rps, p50,
# p99 and cpu (that server's CPU milliseconds per request, from /proc: unlike throughput, it hardly depends on
# how much of the machine the neighbours leave us, or on how many threads each side has to compete with)
run_round() {
  local label=$1 pid=$2 url=$3 out before requests
  shift 3
  wait_quiet
  before=$(payara_pid=$pid server_cpu_seconds)
  out=$(wrk --latency -t"$threads" -c"$connections" -d"$duration" "$@" "$url")
  requests=$(echo "$out" | sed -nE 's/^ *([0-9]+) requests in.*/\1/p')
  cpu=$(echo "scale=3; ($(payara_pid=$pid server_cpu_seconds) - $before) * 1000 / $requests" | bc)
  rps=$(echo "$out" | sed -nE 's/^Requests\/sec: +([0-9.]+).*/\1/p')
  p50=$(to_ms "$(echo "$out" | sed -nE 's/^ +50% +([0-9.]+[a-z]+).*/\1/p')")
  p99=$(to_ms "$(echo "$out" | sed -nE 's/^ +99% +([0-9.]+[a-z]+).*/\1/p')")
  local errors
  errors=$(echo "$out" | grep -E "Non-2xx|Socket errors" | tr -s ' ' | tr '\n' ' ' || true)
  printf "   %-12s %9.1f req/s  p50 %7s ms  p99 %7s ms  CPU/request %6s ms  (%s)%s\n" "$label" "$rps" "$p50" \
    "$p99" "$cpu" "$quiet_note" \
    "${errors:+  $errors}"
}

login() {
  curl -sf -H "Content-Type: application/json" -d "{\"email\":\"$email\",\"password\":\"$password\"}" \
    "$base/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}

start_instance
echo "our instance ready $(echo "$ready_at - $started_at" | bc) s after start"
start_hello_world

email="reader-$(date +%s)@example.com" password="benchmark password 2026"
token=$(register_and_login "$email" "$password")
auth=(-H "Authorization: Bearer $token")
lines="${LINES:-3000}"
echo "== importing a $lines-line CSV statement (real bank descriptors; some the model files, some it leaves pending)"
realistic_statement "$lines" 1704067200 63072000 >"$work/statement.csv"
echo "   $(import_statement "$token" "$work/statement.csv")"
echo "   waiting for the categorizer to go quiet"
QUIET_MAX_SECONDS="${CATEGORIZER_WAIT_SECONDS:-300}" wait_quiet
tag_some "$token" 200
ids=($(curl -sf "${auth[@]}" "$base/api/v1/transactions?limit=200" | grep -oE '"id":"[0-9a-f-]{36}"' | cut -d'"' -f4))
page=$(curl -sf "${auth[@]}" "$base/api/v1/transactions?limit=50")
echo "   first page: $(echo "$page" | grep -oE '"status":"[a-z]+"' | sort | uniq -c | tr -s ' ' | tr '\n' ',')" \
  "$(echo "$page" | grep -o '"notes":"split' | wc -l) with notes"
echo "   page size: $(echo -n "$page" | wc -c) bytes; with Accept-Encoding gzip:" \
  "$(curl -s "${auth[@]}" -H 'Accept-Encoding: gzip' "$base/api/v1/transactions?limit=50" | wc -c) bytes"
one="${ids[4]}"

await_hello_world
ours_pid=$payara_pid
list="$base/api/v1/transactions?limit=50" me="$base/api/v1/users/me" single="$base/api/v1/transactions/$one"

echo "== warm-up, each side and endpoint until the JIT has caught up (up to ${WARMUP_MAX_SECONDS:-600} s each)"
payara_pid=$hello_pid connections=$connections warm_up "$hello_base/hello"
for url in "$list" "$me" "$single"; do
  token=$(login)
  payara_pid=$ours_pid connections=$connections warm_up -H "Authorization: Bearer $token" "$url"
done

declare -A best
echo "== $rounds alternating rounds per endpoint, $connections connections, $duration each"
for name in list me single; do
  url="${!name}"
  echo "-- ${name/me/users\/me}: $url"
  for (( r = 1; r <= rounds; r++ )); do
    run_round "hello world" "$hello_pid" "$hello_base/hello"
    hello_rps=$rps hello_cpu=$cpu
    token=$(login)
    run_round "ours" "$ours_pid" "$url" -H "Authorization: Bearer $token"
    echo "   ratio $(echo "scale=3; $rps / $hello_rps" | bc) (req/s), $(echo "scale=3; $hello_cpu / $cpu" | bc) (CPU per request, hello / ours)"
    if [[ "$name" == list ]] && (( $(echo "$rps > ${best[list]:-0}" | bc) )); then best[list]=$rps; fi
  done
done

tts="${TIME_TO_SPEED_SECONDS:-180}"
# time_to_speed [JVM OPTIONS] -> restarts our instance on the same data (with these JVM options instead of
# the configured ones, if given) and loads the list in 5 s rounds from readiness on
time_to_speed() {
  local target reached="" rate since
  target=$(echo "${WARMED_LIST_RPS:-${best[list]}} * 0.8" | bc)
  kill "$launcher_pid" && wait "$launcher_pid" 2>/dev/null || true
  if [[ -n "${1:-}" ]]; then DUSKSPENDR_JVM_OPTIONS="$1" start_instance; else start_instance; fi
  echo "-- ready $(echo "$ready_at - $started_at" | bc) s after start; JVM:" \
    "$(tr '\0' ' ' <"/proc/$payara_pid/cmdline" | sed -E 's/^[^ ]+ //; s/ -jar .*//')"
  token=$(login)
  while (( $(echo "$(date +%s.%N) - $ready_at < $tts" | bc) )); do
    rate=$(wrk -t"$threads" -c"$connections" -d5s -H "Authorization: Bearer $token" "$list" | sed -nE 's/Requests\/sec: +//p')
    since=$(echo "$(date +%s.%N) - $ready_at" | bc)
    printf "   %6.1f s after ready: %8.1f req/s\n" "$since" "$rate"
    if [[ -z "$reached" ]] && (( $(echo "$rate >= $target" | bc) )); then reached=$since; fi
  done
  if [[ -n "$reached" ]]; then
    echo "   80% of warmed list throughput ($target req/s) reached $reached s after readiness"
  else
    echo "   80% of warmed list throughput ($target req/s) not reached in $tts s"
  fi
}
if (( tts > 0 )); then
  echo "== time to speed: restarts on the same data, list load from readiness on"
  kill "$hello_pid" 2>/dev/null && wait "$hello_pid" 2>/dev/null || true
  hello_pid=""
  # TIME_TO_SPEED_JVM_OPTIONS: ';'-separated JVM option sets to compare with the configured ones
  IFS=';' read -r -a variants <<<"${TIME_TO_SPEED_JVM_OPTIONS:-}"
  time_to_speed
  for options in "${variants[@]}"; do
    [[ -n "$options" ]] && time_to_speed "$options"
  done
fi
