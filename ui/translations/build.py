"""Update and build the translations: ``python -m ui.translations.build [--check]``.

Runs pyside6-lupdate over every module of ui/ (sources into repatplan_zh_CN.ts), fills each
message from `ui.translations.zh_CN.ZH_CN` (missing ones stay "unfinished" and are listed), then
pyside6-lrelease writes repatplan_zh_CN.qm next to it. With --check, exit 1 when a string has
no translation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from ui.translations.zh_CN import ZH_CN

HERE = Path(__file__).resolve().parent
UI = HERE.parent
TS = HERE / "repatplan_zh_CN.ts"
QM = HERE / "repatplan_zh_CN.qm"


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (pip install pyside6-essentials)")
    return found


def fill(ts: Path) -> list[str]:
    """Put the Chinese text into every message; return the sources still missing."""
    tree = ET.parse(ts)
    missing: list[str] = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        text = ZH_CN.get(source)
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if text is None:
            missing.append(source)
            translation.set("type", "unfinished")
            translation.text = None
        elif message.get("numerus") == "yes":
            translation.text = None
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main(argv: list[str] | None = None) -> int:
    check = "--check" in (argv if argv is not None else sys.argv[1:])
    sources = sorted(str(p) for p in UI.rglob("*.py") if "translations" not in p.parts)
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(TS), "-no-obsolete",
                    "-target-language", "zh_CN", "-silent"], check=True)
    missing = fill(TS)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(QM)], check=True)
    for source in missing:
        print(f"untranslated: {source!r}")  # noqa: T201
    return 1 if check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
