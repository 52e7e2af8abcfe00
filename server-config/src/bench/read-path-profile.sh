#!/usr/bin/env bash
# Where a realistic list page's CPU goes, by JFR: one instance, a user who imported a 3,000-line statement
# (categorized, some tagged), GET /transactions?limit=50 warmed up with wrk, then recorded for DURATION
# (30 s) under the same load; prints the share of the request threads' samples that pass through each part
# (token verification and, within it, the session check that makes revocation immediate; JSON, JDBC, rate
# limits...). Shares overlap where one part calls another. Run on demand (never in CI):
#   ./mvnw -q -DskipTests package && server-config/src/bench/read-path-profile.sh
# Settings: CONNECTIONS (32), DURATION (30s), LINES (3000), WARMUP_MAX_SECONDS (300), PORT (18080).
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/bench-lib.sh"
connections="${CONNECTIONS:-32}" threads=2 duration="${DURATION:-30s}"

start_instance
token=$(register_and_login "profile-$(date +%s)@example.com" "benchmark password 2026")
realistic_statement "${LINES:-3000}" 1704067200 63072000 >"$work/statement.csv"
echo "== import: $(import_statement "$token" "$work/statement.csv")"
QUIET_CPU_SECONDS=0.5 await_drained
tag_some "$token" 200
list="$base/api/v1/transactions?limit=50"
echo "== warm-up (up to ${WARMUP_MAX_SECONDS:-300} s)"
WARMUP_MAX_SECONDS="${WARMUP_MAX_SECONDS:-300}" connections=$connections warm_up -H "Authorization: Bearer $token" "$list"
echo "== recording $duration under $connections connections"
jcmd "$payara_pid" JFR.start name=read-path settings=profile filename="$work/list.jfr" >/dev/null
measured -t"$threads" -c"$connections" -d"$duration" -H "Authorization: Bearer $token" "$list"
jcmd "$payara_pid" JFR.stop name=read-path >/dev/null
cp "$work/list.jfr" "${JFR_OUT:-/tmp/read-path.jfr}"
java "$here/JfrShares.java" "$work/list.jfr" http-thread-pool \
  token=com.duskspendr.auth.boundary.DefaultAccessTokens.verify \
  session=com.duskspendr.auth.control.SessionActivity \
  token-cache=com.duskspendr.auth.control.VerifiedTokenCache \
  rate-limit=com.duskspendr.web.ratelimit \
  list=com.duskspendr.web.transactions.TransactionsResource.list \
  jdbc=org.postgresql \
  json=com.duskspendr.web.transactions.TransactionJson \
  yasson=org.eclipse.yasson \
  ejb=com.sun.ejb.containers.BaseContainer.preInvoke
echo "(recording kept in ${JFR_OUT:-/tmp/read-path.jfr})"
