#!/usr/bin/env bash
# Build the one-folder bundle dist/repatplan/ (repatplan-gui + repatplan) with PyInstaller.
#   packaging/build_linux.sh            (from anywhere; uses the repository's .venv)
# Installs PyInstaller into .venv when it is missing, then prints the build time, the bundle
# size and its biggest items. Run `./dev setup` (or `./dev package`) first on a fresh machine.
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
elapsed=$(( $(date +%s) - started ))

[ -x "$OUT/repatplan-gui" ] && [ -x "$OUT/repatplan" ] || { echo "build incomplete" >&2; exit 1; }

# Debug information (libpython, the lib-dynload modules, SQLCipher: about 40 MB) goes; files
# auditwheel patched ($ORIGIN run paths, the *.libs folders) are left alone: strip breaks them.
if command -v strip >/dev/null && command -v readelf >/dev/null; then
  before=$(du -sk "$OUT" | cut -f1)
  while IFS= read -r -d '' f; do
    case "$f" in *.libs/*) continue ;; esac
    readelf -S "$f" 2>/dev/null | grep -q '\.debug_info' || continue
    readelf -d "$f" 2>/dev/null | grep -qE '(RPATH|RUNPATH).*\$ORIGIN' && continue
    strip --strip-debug --strip-unneeded "$f"
  done < <(find "$OUT/_internal" -type f -name '*.so*' -print0)
  echo "==> stripped debug information: $(( (before - $(du -sk "$OUT" | cut -f1)) / 1024 )) MB"
else
  echo "warning: no strip/readelf (binutils): the bundle keeps its debug information" >&2
fi
size_mb=$(du -sm "$OUT" | cut -f1)
echo "==> built $OUT in ${elapsed} s: ${size_mb} MB ($(find "$OUT" -type f | wc -l) files)"
echo "==> biggest items:"
(cd "$OUT" && du -sk -- _internal/* repatplan repatplan-gui | sort -rn \
  | awk 'NR <= 15 { printf "    %7.1f MB  %s\n", $1 / 1024, $2 }')
"$OUT/repatplan" --version
if [ "$size_mb" -gt 250 ]; then
  echo "warning: the bundle is over the 250 MB target" >&2
fi
