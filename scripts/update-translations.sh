#!/usr/bin/env bash
# Refreshes translations/linedesk_{fr,es}.ts from the sources. Every developer and the CI check use
# these exact options, so the files only change when the strings do.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}   # /usr/bin/lupdate is Qt 5's qtchooser
out_dir=${1:-$root/translations}
cd "$root"
"$lupdate" -silent -locations none -no-obsolete -extensions cpp,h app models ui \
  -ts "$out_dir/linedesk_fr.ts" "$out_dir/linedesk_es.ts"
# English is the source language; its catalogue only holds the plural forms of "%n day(s)" strings.
"$lupdate" -silent -locations none -no-obsolete -pluralonly -extensions cpp,h app models ui \
  -ts "$out_dir/linedesk_en.ts"
