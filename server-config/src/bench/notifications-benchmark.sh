#!/usr/bin/env bash
# Notifications end to end, on demand (never in CI):
#   ./mvnw -q -DskipTests package && server-config/src/bench/notifications-benchmark.sh
# 1. the p99 from the budget-crossing write (POST /transactions) to the SSE event on the user's open stream
#    (LATENCY_USERS, default 100, one at a time);
# 2. alert events per second through to persisted notifications (THROUGHPUT_USERS, default 50, ten
#    threshold crossings each, written from 8 threads).
# Payara Micro's hello world runs beside it (bench-lib start_hello_world) and is measured last, at 32
# connections, as this run's yardstick: divide by its req/s to compare runs on a shared machine.
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/bench-lib.sh"

start_instance
start_hello_world
await_hello_world # booted before anything is measured; idle meanwhile
echo "== warm-up (10 users)"
java "$here/NotificationLatency.java" "$base" 10 5 >/dev/null
echo "== notifications"
java "$here/NotificationLatency.java" "$base" "${LATENCY_USERS:-100}" "${THROUGHPUT_USERS:-50}"
echo "== hello world, the yardstick (32 connections)"
payara_pid=$hello_pid connections=32 warm_up "$hello_base/hello" >/dev/null
payara_pid=$hello_pid measured -t2 -c32 -d20s "$hello_base/hello"
echo "load: $(uptime)"
