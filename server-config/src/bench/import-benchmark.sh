#!/usr/bin/env bash
# Statement import as a new user would do it (issue 12): a 10,000-line CSV and a 10,000-line OFX statement,
# each uploaded by a fresh user through the API to a fresh instance. For each file it prints
#   stored and listed: from the upload until the import resource says done and the list shows the lines
#     (GET /transactions?source=bank_import answers a full first page and the last line is there);
#   categorized: from the upload until the categorizer has written every imported line back (each line
#     then has version 2: filed, or pending with its suggestions), read from the instance's database.
# Progress is polled every 100 ms and the counts seen on the way are printed, so "progress visible while it
# runs" shows too. Run on demand (never in CI):
#   ./mvnw -q -DskipTests package && server-config/src/bench/import-benchmark.sh
# Settings: LINES (default 10000), PORT (18080), ROUNDS (default 2: the first round of a fresh instance runs
# partly in the interpreter; both are printed).
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/bench-lib.sh"
lines="${LINES:-10000}" rounds="${ROUNDS:-2}"
command -v psql >/dev/null || { echo "needs psql (Debian package postgresql-client)"; exit 1; }

# Realistic bank descriptors: card-channel and processor prefixes, store numbers, cities, as banks print them.
merchants=("POS 4417 STARBUCKS #1234 SEATTLE WA" "AMAZON MKTPLACE PMTS" "UBER *TRIP HELP.UBER.COM" "SHELL OIL 57442"
  "TRADER JOE'S #552" "SQ *BLUE BOTTLE COFFEE" "NETFLIX.COM" "WHOLEFDS MKT 10234" "CHEVRON 0091823" "TARGET T-1842"
  "DEBIT CARD PURCHASE WALGREENS #9921" "SPOTIFY USA" "COMCAST CABLE" "PAYPAL *EBAY" "CORNER BAKERY 17"
  "ACME CORP PAYROLL" "CITY OF SEATTLE PARKING" "DELTA AIR 0062345" "HOME DEPOT #4711" "KARTENZAHLUNG REWE SAGT DANKE")

# 300 days of dates, computed once (a date(1) per line would dominate the generation)
mapfile -t iso_days < <(for d in $(seq 0 299); do date -d "2026-01-01 + $d days" +%F; done)
ofx_days=("${iso_days[@]//-/}")

make_csv() { # FILE
  { echo "Date,Description,Amount,Transaction ID"
    for ((i = 0; i < lines; i++)); do
      printf '%s,%s %d,-%d.%02d,B%s-%d\n' "${iso_days[i % 300]}" \
        "${merchants[i % ${#merchants[@]}]}" "$i" $((1 + i % 90)) $((i % 100)) "$RANDOM" "$i"
    done; } >"$1"
}

make_ofx() { # FILE
  { printf 'OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n'
    printf '<OFX>\n<BANKMSGSRSV1>\n<STMTTRNRS>\n<TRNUID>1\n<STMTRS>\n<CURDEF>USD\n<BANKTRANLIST>\n<DTSTART>20260101\n<DTEND>20261027\n'
    for ((i = 0; i < lines; i++)); do
      printf '<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>%s120000.000[-5:EST]\n<TRNAMT>-%d.%02d\n<FITID>O%s-%d\n<NAME>%s %d\n</STMTTRN>\n' \
        "${ofx_days[i % 300]}" $((1 + i % 90)) $((i % 100)) "$RANDOM" "$i" "${merchants[i % ${#merchants[@]}]}" "$i"
    done
    printf '</BANKTRANLIST>\n</STMTRS>\n</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n'; } >"$1"
}

now() { date +%s.%N; }
elapsed() { echo "scale=2; ($(now) - $1) / 1" | bc; }
database() { psql -h 127.0.0.1 -p $((port + 1)) -U postgres -d duskspendr -tAc "$1"; }

echo "== generating a $lines-line CSV and OFX statement"
make_csv "$work/statement.csv"
make_ofx "$work/statement.ofx"
ls -l "$work/statement.csv" "$work/statement.ofx" | awk '{print "   " $5 " bytes " $9}'

start_instance
password="benchmark password 2026"

run_one() { # LABEL CONTENT-TYPE FILE
  local label="$1" type="$2" file="$3" token user start location status progress seen="" stored categorized
  token=$(register_and_login "importer-$(date +%s%N)@example.com" "$password")
  local claims; claims=$(echo "$token" | cut -d. -f2 | tr '_-' '/+')
  while (( ${#claims} % 4 )); do claims="$claims="; done
  user=$(echo "$claims" | base64 -d | sed -E 's/.*"sub":"([^"]+)".*/\1/')
  start=$(now)
  location=$(curl -s -D - -o "$work/accepted.json" -H "Authorization: Bearer $token" -H "Content-Type: $type" \
    --data-binary "@$file" "$base/api/v1/transactions/import" | tr -d '\r' | sed -nE 's/^[Ll]ocation: (.*)$/\1/p')
  [[ -n "$location" ]] || { echo "no 202: $(cat "$work/accepted.json")"; return 1; }
  # Location is a path unless duskspendr.http.public-base-url is set
  [[ "$location" == http* ]] || location="$base$location"
  local accepted_at; accepted_at=$(elapsed "$start")
  while :; do
    progress=$(curl -s -H "Authorization: Bearer $token" "$location")
    status=$(echo "$progress" | sed -nE 's/.*"status":"([a-z]+)".*/\1/p')
    seen="$seen $(echo "$progress" | sed -nE 's/.*"processedLines":([0-9]+).*/\1/p')"
    [[ "$status" == done || "$status" == failed ]] && break
    sleep 0.1
  done
  # The file's last line, found through the list's text search: the list shows what was stored.
  until curl -s -H "Authorization: Bearer $token" "$base/api/v1/transactions?source=bank_import&q=%20$((lines - 1))" \
      | grep -q '"id"'; do sleep 0.05; done
  stored=$(elapsed "$start")
  until [[ $(database "SELECT count(*) FROM transactions.\"transaction\" WHERE user_id = '$user' AND version >= 2") -ge $lines ]]; do
    sleep 0.1
  done
  categorized=$(elapsed "$start")
  echo "   $label: 202 after ${accepted_at} s; stored and listed ${stored} s; all categorized ${categorized} s"
  echo "     final: $(echo "$progress" | sed -E 's/.*"totalLines":([0-9]+),"processedLines":([0-9]+),"imported":([0-9]+),"duplicates":([0-9]+).*/total \1, processed \2, imported \3, duplicates \4/')"
  echo "     processedLines seen while polling:$(echo "$seen" | tr ' ' '\n' | uniq | tr '\n' ' ')"
  echo "     filed: $(database "SELECT categorization_status, count(*) FROM transactions.\"transaction\" WHERE user_id = '$user' GROUP BY categorization_status ORDER BY 1" | tr '\n' ' ')"
}

for ((round = 1; round <= rounds; round++)); do
  echo "== round $round (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  run_one "CSV $lines lines" text/csv "$work/statement.csv"
  run_one "OFX $lines lines" application/x-ofx "$work/statement.ofx"
done
echo "memory after the imports (Payara Micro RSS): $(resident_mib) MiB"
