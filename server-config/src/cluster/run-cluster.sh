#!/usr/bin/env bash
# Three (or INSTANCES) Payara Micro instances on this machine in one Hazelcast data grid, sharing one
# PostgreSQL and one Artemis broker (embedded unless DUSKSPENDR_DB_URL / DUSKSPENDR_BROKER_HOST name external
# ones), behind HAProxy on http://localhost:${DUSKSPENDR_HTTP_PORT:-8080} with readiness checks. The launcher
# does the work (server-config Topology, HaproxyGateway); this only chooses the count. Ctrl-C stops it all.
#
#   server-config/src/cluster/run-cluster.sh            # 3 instances
#   INSTANCES=2 server-config/src/cluster/run-cluster.sh
#
# Each instance logs to data/logs/duskspendr-<i>.log; the gateway logs to this console.
set -euo pipefail
cd "$(dirname "$0")/../../.."
export DUSKSPENDR_INSTANCES="${INSTANCES:-3}"
exec ./mvnw -Prun verify "$@"
