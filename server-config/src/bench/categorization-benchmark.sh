#!/usr/bin/env bash
# Categorization latency, on demand (never in CI):
#   ./mvnw -q -DskipTests package && server-config/src/bench/categorization-benchmark.sh
# 1. in-process: the whole decision after the user's rules, known-merchant lookup then the two-level model
#    (ejb-ml's ClassifierLatencyBenchmark: p50/p90/p99 over 100,000 calls, and the model-only lines apart);
# 2. end to end: create an uncategorized transaction through the API and wait until the categorizer has
#    written its decision back (COUNT transactions, default 300, one at a time).
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/bench-lib.sh"
count="${COUNT:-300}"

echo "== in-process classifier latency"
(cd "$root" && ./mvnw -q -pl ejb-ml -am -Pbenchmark-categorizer test-compile 2>&1 | grep -v SLF4J)

start_instance
token=$(register_and_login "categorize-$(date +%s)@example.com" "benchmark password 2026")
echo "== warm-up (50 transactions)"
java "$here/CategorizationLatency.java" "$base" "$token" 50 >/dev/null
echo "== create-to-categorized end to end"
java "$here/CategorizationLatency.java" "$base" "$token" "$count"
