#!/usr/bin/env bash
# Regenerates src/main/resources/com/duskspendr/auth/control/common-passwords.txt from the password
# frequency list of the zxcvbn npm package (MIT licence, Dan Wheeler and Dropbox, Inc.).
# Needs npm and node. Run from anywhere: ejb-auth/src/main/scripts/update-common-passwords.sh
set -euo pipefail

ZXCVBN_VERSION="${ZXCVBN_VERSION:-4.4.2}"
# Must equal PasswordPolicy.MIN_LENGTH: shorter entries are rejected by the length rule anyway.
MIN_LENGTH=10

module_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
target="$module_dir/src/main/resources/com/duskspendr/auth/control/common-passwords.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "zxcvbn@$ZXCVBN_VERSION" >/dev/null && tar xzf "zxcvbn-$ZXCVBN_VERSION.tgz")

{
  echo "# Common passwords of at least $MIN_LENGTH characters, from zxcvbn $ZXCVBN_VERSION lib/frequency_lists.js (passwords), MIT licence, Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc. Regenerate with src/main/scripts/update-common-passwords.sh."
  MIN_LENGTH="$MIN_LENGTH" node -e '
    const min = Number(process.env.MIN_LENGTH);
    const passwords = require(process.argv[1]).passwords;
    const kept = [...new Set(passwords.map(p => p.toLowerCase()).filter(p => [...p].length >= min))];
    process.stdout.write(kept.join("\n") + "\n");
  ' "$work/package/lib/frequency_lists.js"
} > "$target.tmp"
mv "$target.tmp" "$target"
echo "Wrote $(($(wc -l < "$target") - 1)) passwords to $target"
