#!/usr/bin/env bash
# Rebuilds ejb-ml/src/main/resources/ml/seed-training-set.tsv from pinned public sources (see
# the README, section "Training data"). Needs node >= 18 and npm; the output is
# deterministic: the same pinned versions and the same mapping give the same file, byte for byte.
set -euo pipefail

NSI_VERSION="8.0.20260918"   # name-suggestion-index, BSD-3-Clause
MCC_VERSION="2.2.0"          # mcc, MIT
IDTS_VERSION="6.19.2"        # @openstreetmap/id-tagging-schema, ISC
MCCDESC_VERSION="1.0.1"      # merchant-category-code, ISC

here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../main/resources/ml/seed-training-set.tsv}"
known="${2:-$here/../main/resources/ml/known-merchants.tsv}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# npm pack verifies each tarball against the registry's integrity hash.
(cd "$work" && npm pack --silent "name-suggestion-index@$NSI_VERSION" "mcc@$MCC_VERSION" \
  "@openstreetmap/id-tagging-schema@$IDTS_VERSION" "merchant-category-code@$MCCDESC_VERSION" >/dev/null)
mkdir -p "$work/nsi" "$work/mcc" "$work/idts" "$work/mccdesc"
tar xzf "$work/name-suggestion-index-$NSI_VERSION.tgz" -C "$work/nsi"
tar xzf "$work/mcc-$MCC_VERSION.tgz" -C "$work/mcc"
tar xzf "$work/openstreetmap-id-tagging-schema-$IDTS_VERSION.tgz" -C "$work/idts"
tar xzf "$work/merchant-category-code-$MCCDESC_VERSION.tgz" -C "$work/mccdesc"

node "$here/build-training-set.mjs" \
  --nsi "$work/nsi/package/dist/json/nsi.json" \
  --mcc "$work/mcc/package/mcc_codes.json" \
  --presets "$work/idts/package/dist" \
  --mccDescriptions "$work/mccdesc/package/src/merchant-codes.js" \
  --mapping "$here/category-mapping.tsv" \
  --phrases "$here/bank-phrases.tsv" \
  --sources "name-suggestion-index@$NSI_VERSION mcc@$MCC_VERSION @openstreetmap/id-tagging-schema@$IDTS_VERSION merchant-category-code@$MCCDESC_VERSION" \
  --out "$out" \
  --known "$known"
echo "wrote $out ($(wc -l < "$out") lines) and $known ($(wc -l < "$known") lines)"
