#!/usr/bin/env bash
# Notifications end to end, on demand (never in CI):
#   ./mvnw -q -DskipTests package && server-config/src/bench/notifications-benchmark.sh
# 1. the p99 from the budget-crossing write (POST /transactions) to the SSE event on the user's open stream
#    (LATENCY_USERS, default 100, one at a time);
# 2. alert events per second through to persisted notifications (THROUGHPUT_USERS, default 50, ten
#    threshold crossings each, written from 8 threads).
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/bench-lib.sh"

start_instance
echo "== warm-up (10 users)"
java "$here/NotificationLatency.java" "$base" 10 5 >/dev/null
echo "== notifications"
java "$here/NotificationLatency.java" "$base" "${LATENCY_USERS:-100}" "${THROUGHPUT_USERS:-50}"
echo "load: $(uptime)"
