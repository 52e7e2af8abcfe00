# Shared by the benchmark scripts: start one fresh instance (embedded PostgreSQL and broker in a throw-away
# data folder) on $port, wait until it is really ready, and stop it on exit. Source it; it sets
# root, work, base, payara_pid, started_at, ready_at, classpath.
set -euo pipefail
# ROOT=<another checkout> measures that checkout's build with these scripts (a before/after pair in one session)
bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="${ROOT:-$(cd "$bench_dir/../../.." && pwd)}"
port="${PORT:-18080}"
work="$(mktemp -d /tmp/duskspendr-bench.XXXXXX)"
base="http://localhost:$port"

command -v wrk >/dev/null || { echo "installing wrk (Debian package)"; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
for f in web-api/target/web-api.war web-api/target/payara-micro.jar web-api/target/artemis-ra.rar; do
  [[ -f "$root/$f" ]] || { echo "missing $f: run ./mvnw -DskipTests package first"; exit 1; }
done
classpath="$(cd "$root/server-config" && "$root/mvnw" -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
# What start_instance runs. A copy, so that building while a long benchmark runs cannot change what a
# later (re)start of the instance deploys.
built="$work/built"
mkdir -p "$built"
cp -r "$root/web-api/target/web-api.war" "$root/web-api/target/payara-micro.jar" "$root/web-api/target/artemis-ra.rar" \
  "$root/server-config/target/classes" "$built/"

launcher_pid=""
# wait reports the killed launcher's status (143): under set -e that ended the trap before the clean-up
stop_instance() { [[ -n "$launcher_pid" ]] && kill "$launcher_pid" 2>/dev/null && { wait "$launcher_pid" 2>/dev/null || true; }; rm -rf "$work"; }
trap stop_instance EXIT

# Benchmarks measure capacity, so every rate-limit budget is far above any load they offer: the limiter still
# runs on every request (its cost is part of what is measured), it just never refuses.
rate_limit_flags=()
for route in auth expensive write read; do
  for scope in per-user per-address; do
    rate_limit_flags+=("-Dduskspendr.ratelimit.$route.$scope=1000000000/PT1H")
  done
done

start_instance() {
  if curl -s "$base/" >/dev/null 2>&1; then echo "port $port is busy: stop what runs there first"; exit 1; fi
  started_at=$(date +%s.%N)
  (cd "$work" && exec java -Dduskspendr.http.port="$port" -Dduskspendr.db.embedded.port=$((port + 1)) \
    -Dduskspendr.broker.port=$((port + 2)) -Dduskspendr.cluster.start-port=$((port + 3)) "${rate_limit_flags[@]}" \
    -Dduskspendr.gateway.enabled=false \
    -cp "$classpath:$built/classes" com.duskspendr.server.Launcher \
    "$built/payara-micro.jar" "$built/web-api.war" "$built/artemis-ra.rar" \
    >"$work/launcher.log" 2>&1) &
  launcher_pid=$!
  # ready = UP with the application's checks listed (Payara answers UP with no checks while still deploying)
  until curl -sf "$base/health/ready" 2>/dev/null | grep -q '"name"'; do
    kill -0 "$launcher_pid" 2>/dev/null || { echo "launcher died:"; tail -50 "$work/launcher.log"; exit 1; }
    sleep 0.2
  done
  ready_at=$(date +%s.%N)
  payara_pid=$(pgrep -f "payara-micro.jar.*--port $port")
  payara_pid="${payara_pid%%$'\n'*}"
  echo "request threads: $(jstack "$payara_pid" | grep -c '^"http-thread-pool')"
}

resident_mib() { echo $(( $(ps -o rss= -p "$payara_pid") / 1024 )); }

# register_and_login EMAIL PASSWORD -> prints the access token
register_and_login() {
  curl -sf -H "Content-Type: application/json" -d "{\"email\":\"$1\",\"password\":\"$2\"}" "$base/api/v1/auth/register" >/dev/null
  curl -sf -H "Content-Type: application/json" -d "{\"email\":\"$1\",\"password\":\"$2\"}" "$base/api/v1/auth/login" \
    | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}

# the summary lines of a wrk --latency run
wrk_summary() { grep -E "Requests/sec|Latency|99%|50%|Non-2xx|Socket errors"; }

# CPU seconds the Payara Micro process has used so far (user + system, from /proc)
server_cpu_seconds() { awk -v tick="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / tick }' "/proc/$payara_pid/stat"; }

# measured WRK_ARGS... -> wrk --latency's summary plus the server's CPU time per request: throughput and
# latency move with whatever else the two cores are doing, CPU per request much less, so it is the number
# that shows whether a change made requests cheaper.
measured() {
  local before out requests
  before=$(server_cpu_seconds)
  out=$(wrk --latency "$@")
  echo "$out" | wrk_summary
  requests=$(echo "$out" | sed -nE 's/^ *([0-9]+) requests in.*/\1/p')
  echo "    Server CPU per request: $(echo "scale=3; ($(server_cpu_seconds) - $before) * 1000 / $requests" | bc) ms"
}

# warm_up WRK_ARGS... -> load the instance in 20 s rounds until the JIT has caught up: HotSpot compiles the
# hot code of a Payara instance in the background, and on a 2-core machine its one C2 thread needs minutes
# under load to get through it (list throughput climbs from ~200 to ~800 req/s meanwhile). Measuring before
# that measures the compiler, not the application. Stops when the JIT spent under 1 s compiling in each of
# two rounds in a row (jstat's compile time), or after WARMUP_MAX_SECONDS (default 600).
warm_up() {
  local deadline=$(( $(date +%s) + ${WARMUP_MAX_SECONDS:-600} )) calm=0 rate before after
  after=$(jstat -compiler "$payara_pid" | awk 'NR == 2 { print $4 }')
  while (( calm < 2 && $(date +%s) < deadline )); do
    before=$after
    rate=$(wrk -t"${threads:-2}" -c"${connections:-50}" -d20s "$@" | sed -nE 's/Requests\/sec: +//p')
    after=$(jstat -compiler "$payara_pid" | awk 'NR == 2 { print $4 }')
    echo "   warm-up round: $rate req/s, $(echo "$after - $before" | bc) s of JIT compilation"
    if (( $(echo "$after - $before < 1" | bc) )); then calm=$((calm + 1)); else calm=0; fi
  done
}

# await_drained -> returns once the outbox is empty (readiness data) and the server has gone quiet (under
# QUIET_CPU_SECONDS, default 0.05, of CPU in a second, twice in a row): the event consumers (categorizer,
# anomaly checks) have caught up. With many JIT compiler threads (-XX:CICompilerCount=6) compilation goes on in
# the background for minutes after the warm-up and keeps the server above 0.05: raise it (0.5) for such runs,
# or every round waits out DRAIN_MAX_SECONDS.
await_drained() {
  local deadline=$(( $(date +%s) + ${DRAIN_MAX_SECONDS:-300} )) calm=0 before after
  local health
  while true; do
    health=$(curl -sf "$base/health/ready" || true)
    # builds before the outbox report no backlog: only the quiet CPU counts there
    [[ $health != *'"outboxPending"'* || $health == *'"outboxPending":"0"'* ]] && break
    (( $(date +%s) < deadline )) || { echo "   the outbox did not drain within ${DRAIN_MAX_SECONDS:-300} s"; return; }
    sleep 0.5
  done
  while (( calm < 2 && $(date +%s) < deadline )); do
    before=$(server_cpu_seconds); sleep 1; after=$(server_cpu_seconds)
    if (( $(echo "$after - $before < ${QUIET_CPU_SECONDS:-0.05}" | bc) )); then calm=$((calm + 1)); else calm=0; fi
  done
}

# measured_with_consumers WRK_ARGS... -> like measured, but the server's CPU is counted until what the
# requests set off has finished too (outbox relay, categorization, anomaly checks): the whole cost of a write.
measured_with_consumers() {
  local before out requests started drained
  await_drained
  before=$(server_cpu_seconds)
  out=$(wrk --latency "$@")
  echo "$out" | wrk_summary
  requests=$(echo "$out" | sed -nE 's/^ *([0-9]+) requests in.*/\1/p')
  started=$(date +%s.%N)
  await_drained
  drained=$(date +%s.%N)
  echo "    Server CPU per request, its consumers included: $(echo "scale=3; ($(server_cpu_seconds) - $before) * 1000 / $requests" | bc) ms"
  echo "    (the last events were consumed $(echo "scale=1; $drained - $started - 2" | bc) s after the load ended)"
}

# realistic_statement LINES FROM_EPOCH SPAN_SECONDS [SALT] -> prints a CSV bank statement (Date, Merchant,
# Amount, Currency) as the benchmarks import it through the API, so rows carry the categorizer's decisions
# and suggestions like a real user's. Descriptors as banks print them: well-known chains the model files,
# local shops it is unsure about (pending, with its suggestions), monthly-ish income; one line in twenty
# in EUR (a card used abroad). Amounts are unique within a file (no line is a duplicate of another); SALT
# (default 0) shifts the descriptor mix, so that users of one run do not all have the same ledger.
realistic_statement() {
  awk -v n="$1" -v from="$2" -v span="$3" -v salt="${4:-0}" 'BEGIN {
    split("POS 4417 STARBUCKS #1234 SEATTLE WA|WHOLEFDS MKT 10234 AUSTIN TX|SHELL OIL 57442109 HOUSTON TX|UBER *TRIP HELP.UBER.COM|NETFLIX.COM 866-579-7172 CA|AMZN Mktp US*2K4L91|TRADER JOE S #552 QPS|SPOTIFY USA 877-778-1161|CVS/PHARMACY #01234 BOSTON MA|CHIPOTLE 1234 DENVER CO|SQ *BLUE FOX CAFE 0042|PAYPAL *KLEINWAREN 4029357733|ZETTLE_*HOFLADEN MEIER|SUMUP *ATELIER NORD|TST* LA PETITE BOULANGERIE|COMCAST CABLE COMM 800-266-2278|PG&E WEB ONLINE PAYMENT|DELTA AIR 0062345678901|MARRIOTT HOTEL DOWNTOWN|LYFT *RIDE TUE 8PM|SAFEWAY #1762 OAKLAND CA|HOME DEPOT #6612|IKEA US EAST 211|APPLE.COM/BILL 866-712-7753|PLANET FITNESS CLUB FEE|VENMO *J SMITH|SEPA LASTSCHRIFT STADTWERKE|KARTENZAHLUNG REWE MARKT|ACH DEBIT GEICO AUTO PAY|ATM WITHDRAWAL 7-ELEVEN", m, "|")
    print "Date,Merchant,Amount,Currency"
    for (i = 0; i < n; i++) {
      d = from + int(i * span / n)
      amount = sprintf("-%d.%02d", 1 + int(i / 100), i % 100)
      merchant = m[1 + (i * 7 + salt) % 30]
      currency = (i + salt) % 20 == 7 ? "EUR" : "USD"
      if (i % 40 == 0) { merchant = "ACME CORP PAYROLL DIRECT DEP"; amount = sprintf("%d.%02d", 2500 + i, i % 100); currency = "USD" }
      print strftime("%Y-%m-%d", d, 1) "," merchant "," amount "," currency
    }
  }'
}

# import_statement TOKEN FILE -> uploads a CSV statement through POST /transactions/import, waits until the
# import resource says done (large files are imported in the background) and prints its counts
import_statement() {
  local headers location status progress answer
  answer=$(mktemp "$work/import.XXXXXX") # several users may import at once
  headers=$(curl -s -D - -o "$answer" -H "Authorization: Bearer $1" -H "Content-Type: text/csv" \
    --data-binary "@$2" "$base/api/v1/transactions/import?currencyColumn=Currency" | tr -d '\r')
  location=$(sed -nE 's/^[Ll]ocation: (.*)$/\1/p' <<<"$headers")
  progress=$(cat "$answer")
  if [[ -n "$location" ]]; then # a large file is imported in the background: poll its resource
    [[ "$location" == http* ]] || location="$base$location"
    while :; do
      progress=$(curl -s -H "Authorization: Bearer $1" "$location")
      status=$(sed -nE 's/.*"status":"([a-z]+)".*/\1/p' <<<"$progress")
      [[ "$status" == done || "$status" == failed ]] && break
      sleep 0.2
    done
  fi
  grep -oE '"(status|imported|duplicates|failed)":("[a-z]+"|[0-9]+)' <<<"$progress" | tr '\n' ' '
}

# tag_some TOKEN [N] -> tags and annotates every fourth of the user's newest N (default 200) transactions
# with PATCH, as people do with the ones they share or want to find again
tag_some() {
  local ids i
  ids=($(curl -sf -H "Authorization: Bearer $1" "$base/api/v1/transactions?limit=${2:-200}" \
    | grep -oE '"id":"[0-9a-f-]{36}"' | cut -d'"' -f4))
  for (( i = 0; i < ${#ids[@]}; i += 4 )); do
    curl -sf -X PATCH -H "Authorization: Bearer $1" -H "Content-Type: application/json" \
      -d '{"tags":["family","groceries"],"notes":"split with Sam, paid back on Friday"}' \
      "$base/api/v1/transactions/${ids[$i]}" >/dev/null
  done
}

# start_hello_world -> starts Payara Micro's own floor beside our instance (call after start_instance): a
# hello-world JAX-RS WAR (hello-world/, compiled here against the Jakarta EE API) on a second Payara Micro with
# our JVM flags, in the background; await_hello_world waits until it answers. Benchmarks report ratios against
# it, measured in the same run: on a shared machine absolute numbers swing 2x between runs, ratios do not.
hello_port=$((port + 10)) hello_pid=""
hello_base="http://localhost:$hello_port"
stop_all() { [[ -n "$hello_pid" ]] && kill "$hello_pid" 2>/dev/null && wait "$hello_pid" 2>/dev/null; stop_instance; }
trap stop_all EXIT
start_hello_world() {
  echo "== building the hello-world WAR (hello-world/, javac against the Jakarta EE 10 API)"
  api_jar="$HOME/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar"
  [[ -f "$api_jar" ]] || (cd "$root" && ./mvnw -q dependency:get -Dartifact=jakarta.platform:jakarta.jakartaee-api:10.0.0)
  mkdir -p "$work/hello-war/WEB-INF/classes"
  javac --release 17 -cp "$api_jar" -d "$work/hello-war/WEB-INF/classes" $(find "$bench_dir/hello-world" -name '*.java')
  (cd "$work/hello-war" && jar cf "$work/hello-world.war" .)

  # The same JVM flags as ours (everything between java and -jar on its command line), and otherwise Payara's
  # defaults, as in issue 11's measurement that the targets are ratios of. HELLO_SAME_SETTINGS=1 gives it our
  # pre-boot commands too (16 request threads instead of 200, compression): on 2 cores that makes hello world
  # itself faster, so ratios against it are lower.
  mapfile -d '' command_line <"/proc/$payara_pid/cmdline"
  jvm_flags=()
  for argument in "${command_line[@]:1}"; do
    [[ "$argument" == "-jar" ]] && break
    jvm_flags+=("$argument")
  done
  hello_settings=()
  if [[ "${HELLO_SAME_SETTINGS:-0}" == 1 ]]; then
    pre_boot=$(find "$work" -name pre-boot-commands.asadmin)
    hello_settings=(--prebootcommandfile "${pre_boot%%$'\n'*}")
  fi
  echo "JVM flags of both: ${jvm_flags[*]}; hello world's server settings: ${hello_settings[*]:-the Payara defaults}"
  (cd "$work" && exec java "${jvm_flags[@]}" -jar "$built/payara-micro.jar" --nocluster \
    --port "$hello_port" --startport $((port + 20)) "${hello_settings[@]}" --contextroot / \
    --deploy "$work/hello-world.war" >"$work/hello.log" 2>&1) &
  hello_pid=$!
}

await_hello_world() {
  until curl -sf "$hello_base/hello" >/dev/null 2>&1; do
    kill -0 "$hello_pid" 2>/dev/null || { echo "hello world died:"; tail -30 "$work/hello.log"; exit 1; }
    sleep 0.5
  done
}

# idle_percent SECONDS -> the whole machine's idle CPU share over that time, from /proc/stat
idle_percent() {
  local a b
  a=$(awk '/^cpu / { print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)
  sleep "$1"
  b=$(awk '/^cpu / { print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)
  echo "$a $b" | awk '{ printf "%d", 100 * ($3 - $1) / (($4 - $2) > 0 ? ($4 - $2) : 1) }'
}

# wait_quiet -> waits until the machine is idle (QUIET_IDLE % over 2 s) or QUIET_MAX_SECONDS have passed
wait_quiet() {
  local deadline=$(( $(date +%s) + ${QUIET_MAX_SECONDS:-120} )) idle
  while :; do
    idle=$(idle_percent 2)
    (( idle >= ${QUIET_IDLE:-85} || $(date +%s) >= deadline )) && break
  done
  quiet_note="idle ${idle}%, load $(cut -d' ' -f1 /proc/loadavg)"
}

# to_ms "1.23ms" | "850.00us" | "1.02s" -> milliseconds
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/) n *= 1000; printf "%.2f", n }'; }

