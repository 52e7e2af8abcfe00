# Shared by the benchmark scripts: start one fresh instance (embedded PostgreSQL and broker in a throw-away
# data folder) on $port, wait until it is really ready, and stop it on exit. Source it; it sets
# root, work, base, payara_pid, started_at, ready_at, classpath.
set -euo pipefail
# ROOT=<another checkout> measures that checkout's build with these scripts (a before/after pair in one session)
root="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)}"
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
