#!/usr/bin/env bash
# Fails when lupdate would change a .ts file (a string added, changed or removed without
# updating the catalogues) or when an entry is still unfinished.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root"/translations/linedesk_fr.ts "$root"/translations/linedesk_es.ts "$root"/translations/linedesk_en.ts "$tmp/"
"$root/scripts/update-translations.sh" "$tmp"
status=0
for lang in fr es en; do
  if ! diff -u "$root/translations/linedesk_$lang.ts" "$tmp/linedesk_$lang.ts" >"$tmp/$lang.diff"; then
    echo "translations/linedesk_$lang.ts is out of date: run scripts/update-translations.sh and translate:"
    head -60 "$tmp/$lang.diff"
    status=1
  fi
  unfinished=$(grep -c 'type="unfinished"' "$root/translations/linedesk_$lang.ts" || true)
  if [ "$unfinished" -gt 0 ]; then
    echo "translations/linedesk_$lang.ts has $unfinished unfinished entries:"
    grep -B3 'type="unfinished"' "$root/translations/linedesk_$lang.ts" | grep '<source>' | head -20
    status=1
  fi
done
[ $status -eq 0 ] && echo "translations complete: fr, es (and English plurals)"
exit $status
