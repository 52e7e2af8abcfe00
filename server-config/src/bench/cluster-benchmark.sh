#!/usr/bin/env bash
# One instance against three on this machine, both behind the gateway (HAProxy) as run-cluster.sh starts
# them, measured in one run against Payara Micro's own hello world (hello-world/, reached directly): for each
# count, a user with a realistic ledger (a 3,000-line statement imported through the API, categorized, some
# rows tagged), warmed up, then GET /transactions?limit=50 and GET /users/me through the gateway in ROUNDS
# rounds, each after the machine went quiet, alternating with a hello-world round. Prints throughput, p99,
# the cluster's CPU per request (all instances together) and the ratio to hello world. Run on demand:
#   ./mvnw -q -DskipTests install && server-config/src/bench/cluster-benchmark.sh
# Settings: COUNTS ("1 3"), CONNECTIONS (64), DURATION (20s), ROUNDS (2), LINES (3000), WARMUP_MAX_SECONDS
# (300), QUIET_IDLE (85), QUIET_MAX_SECONDS (60), PORT (18080).
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/bench-lib.sh"
connections="${CONNECTIONS:-64}" threads="${THREADS:-2}" duration="${DURATION:-20s}" rounds="${ROUNDS:-2}"
lines="${LINES:-3000}"
pids=()

# the CPU seconds of every instance together (bench-lib's measured and warm_up read this)
server_cpu_seconds() {
  local total=0 pid
  for pid in "${pids[@]}"; do
    total=$(echo "$total + $(awk -v tick="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / tick }' "/proc/$pid/stat")" | bc)
  done
  echo "$total"
}

# start_cluster N -> N instances behind the gateway on $port, on a fresh data folder
start_cluster() {
  local n=$1 i
  (cd "$work" && exec java -Dduskspendr.http.port="$port" -Dduskspendr.instances="$n" -Dduskspendr.gateway.enabled=true \
    -Dduskspendr.db.embedded.port=$((port + 101)) -Dduskspendr.broker.port=$((port + 102)) \
    -Dduskspendr.cluster.start-port=$((port + 103)) -Dduskspendr.cluster.name="bench-$$" \
    -Dduskspendr.data.dir="$work/data-$n" "${rate_limit_flags[@]}" \
    -cp "$classpath:$built/classes" com.duskspendr.server.Launcher \
    "$built/payara-micro.jar" "$built/web-api.war" "$built/artemis-ra.rar" >"$work/launcher-$n.log" 2>&1) &
  launcher_pid=$!
  until curl -sf "$base/health/ready" 2>/dev/null | grep -q '"name"'; do
    kill -0 "$launcher_pid" 2>/dev/null || { echo "launcher died:"; tail -50 "$work/launcher-$n.log"; exit 1; }
    sleep 0.5
  done
  pids=()
  for (( i = 1; i <= n; i++ )); do
    pids+=("$(pgrep -f "payara-micro.jar.*--port $((port + i)) " | head -1)")
  done
  payara_pid=${pids[0]}
}

stop_cluster() {
  kill "$launcher_pid" 2>/dev/null && { wait "$launcher_pid" 2>/dev/null || true; }
  launcher_pid=""
}

# round LABEL PID... -- WRK_ARGS -> one measured round; prints rps, p99 and CPU per request
round() {
  local out requests before rps p99
  wait_quiet
  echo "   (machine before the round: $quiet_note)"
  before=$(server_cpu_seconds)
  out=$(wrk --latency -t"$threads" -c"$connections" -d"$duration" "$@")
  requests=$(echo "$out" | sed -nE 's/^ *([0-9]+) requests in.*/\1/p')
  rps=$(echo "$out" | sed -nE 's/^Requests\/sec: +([0-9.]+).*/\1/p')
  p99=$(to_ms "$(echo "$out" | sed -nE 's/^ +99% +([0-9.]+[a-z]+).*/\1/p')")
  cpu=$(echo "scale=3; ($(server_cpu_seconds) - $before) * 1000 / $requests" | bc)
  errors=$(echo "$out" | grep -E "Non-2xx|Socket errors" | tr -s ' ' | tr '\n' ' ' || true)
  last_rps=$rps
  echo "   $rps req/s, p99 $p99 ms, CPU $cpu ms/request ${errors}"
}

summary=()
first=1
for n in ${COUNTS:-1 3}; do
  echo "== $n instance(s) behind the gateway"
  started=$(date +%s)
  start_cluster "$n"
  echo "   ready after $(( $(date +%s) - started )) s; instance pids ${pids[*]}"
  if (( first )); then start_hello_world; await_hello_world; first=0; fi
  token=$(register_and_login "bench-$n@example.com" "correct horse battery staple 42")
  realistic_statement "$lines" $(( $(date +%s) - 365 * 86400 )) $(( 360 * 86400 )) "$n" >"$work/statement.csv"
  echo "   import: $(import_statement "$token" "$work/statement.csv")"
  tag_some "$token"
  DRAIN_MAX_SECONDS=300 QUIET_CPU_SECONDS=0.5 await_drained
  list="$base/api/v1/transactions?limit=50"
  me="$base/api/v1/users/me"
  echo "   warming up"
  connections=$connections warm_up -H "Authorization: Bearer $token" "$list" | tail -1
  our_pids=("${pids[@]}")
  for (( r = 1; r <= rounds; r++ )); do
    pids=("${our_pids[@]}")
    echo "  list page, round $r"; round -H "Authorization: Bearer $token" "$list"; list_rps=$last_rps; list_cpu=$cpu
    echo "  /users/me, round $r"; round -H "Authorization: Bearer $token" "$me"; me_rps=$last_rps
    pids=("$hello_pid") # its subshell exec'd java: the same process
    echo "  hello world, round $r"; round "$hello_base/hello"; hello_rps=$last_rps
    summary+=("$n instance(s), round $r: list $list_rps req/s (CPU $list_cpu ms), /users/me $me_rps req/s, hello $hello_rps req/s; ratios list $(echo "scale=3; $list_rps / $hello_rps" | bc), me $(echo "scale=3; $me_rps / $hello_rps" | bc)")
  done
  pids=("${our_pids[@]}")
  echo "   resident memory of the instances: $(for p in "${pids[@]}"; do echo -n "$(( $(ps -o rss= -p "$p") / 1024 )) MiB "; done)"
  stop_cluster
done
echo
echo "== summary (${connections} connections, ${duration} rounds)"
printf '%s\n' "${summary[@]}"
