#!/usr/bin/env bash
# Rebuilds ejb-ml/src/main/resources/ml/seed-training-set.tsv from pinned public sources (see
# /work/notes/classifier-README.md, section "Training data"). Needs node >= 18 and npm; the output is
# deterministic: the same pinned versions and the same mapping give the same file, byte for byte.
set -euo pipefail

NSI_VERSION="8.0.20260918"   # name-suggestion-index, BSD-3-Clause
MCC_VERSION="2.2.0"          # mcc, MIT

here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../main/resources/ml/seed-training-set.tsv}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# npm pack verifies each tarball against the registry's integrity hash.
(cd "$work" && npm pack --silent "name-suggestion-index@$NSI_VERSION" "mcc@$MCC_VERSION" >/dev/null)
mkdir -p "$work/nsi" "$work/mcc"
tar xzf "$work/name-suggestion-index-$NSI_VERSION.tgz" -C "$work/nsi"
tar xzf "$work/mcc-$MCC_VERSION.tgz" -C "$work/mcc"

node "$here/build-training-set.mjs" \
  --nsi "$work/nsi/package/dist/json/nsi.json" \
  --mcc "$work/mcc/package/mcc_codes.json" \
  --mapping "$here/category-mapping.tsv" \
  --phrases "$here/bank-phrases.tsv" \
  --sources "name-suggestion-index@$NSI_VERSION mcc@$MCC_VERSION" \
  --out "$out"
echo "wrote $out ($(wc -l < "$out") lines)"
