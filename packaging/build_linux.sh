#!/usr/bin/env bash
# Build the one-folder bundle dist/repatplan/ (repatplan-gui, and repatplan: a link to it) with
# PyInstaller.
#   packaging/build_linux.sh            (from anywhere; uses the repository's .venv)
# Installs PyInstaller into .venv when it is missing, slims the result (below), then prints the
# build time, the bundle size and its biggest items. Run `./dev setup` (or `./dev package`) first
# on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PY=$VENV/bin/python
PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-"pyinstaller>=6.10,<7"}
DIST=dist
OUT=$DIST/repatplan

[ -x "$PY" ] || { echo "no $PY: run ./dev setup first" >&2; exit 1; }
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "==> installing $PYINSTALLER_SPEC into $VENV"
  "$PY" -m pip install -q "$PYINSTALLER_SPEC"
fi

echo "==> PyInstaller $("$PY" -c 'import PyInstaller; print(PyInstaller.__version__)'), repatplan $("$PY" -c 'import planner; print(planner.__version__)')"
started=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath build/pyinstaller packaging/repatplan.spec

[ -x "$OUT/repatplan-gui" ] && [ -x "$OUT/repatplan" ] || { echo "build incomplete" >&2; exit 1; }

# Linux only, after PyInstaller (each step checks its result; binutils: strip, objcopy, nm, as, ld):
#  * one OpenSSL instead of two (psycopg's copy becomes a link to Python's): 6.6 MB,
#    packaging/dedupe_linux.py;
#  * ICU's data without the parts no library reads: 15 MB, packaging/trim_icu.py;
#  * symbol tables and debug information of the shared libraries: 20 MB, packaging/strip_linux.py.
if command -v strip >/dev/null && command -v objcopy >/dev/null && command -v ld >/dev/null; then
  "$PY" packaging/dedupe_linux.py "$OUT/_internal"
  for icu in "$OUT"/_internal/PySide6/Qt/lib/libicudata.so.*; do
    if [ -f "$icu" ]; then "$PY" packaging/trim_icu.py "$icu"; fi
  done
  "$PY" packaging/strip_linux.py "$OUT/_internal"
else
  echo "warning: no binutils (strip, objcopy, nm, as, ld): the bundle keeps two OpenSSLs," \
    "all of ICU's data and the libraries' symbols" >&2
fi
elapsed=$(( $(date +%s) - started ))
size_mb=$(du -sm "$OUT" | cut -f1)
echo "==> built $OUT in ${elapsed} s: ${size_mb} MB ($(find "$OUT" -type f | wc -l) files)"
echo "==> biggest items:"
(cd "$OUT" && du -sk -- _internal/* repatplan-gui | sort -rn \
  | awk 'NR <= 15 { printf "    %7.1f MB  %s\n", $1 / 1024, $2 }')
"$OUT/repatplan" --version
if [ "$size_mb" -gt 250 ]; then
  echo "warning: the bundle is over the 250 MB target" >&2
fi
