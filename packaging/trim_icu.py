"""Rebuild the bundle's ICU data library (Linux) without the data of ICU services nothing calls.

    python packaging/trim_icu.py dist/repatplan/_internal/PySide6/Qt/lib/libicudata.so.73

PySide6's Linux wheels carry ICU (libicuuc, libicui18n and the 31 MB libicudata). Qt is the only
user of ICU in the bundle, and the ICU functions it imports (checked below from the dynamic
symbols of every library in the folder, so a new Qt that calls more of ICU stops the build) are
collation (ucol_*), codecs (ucnv_*), time-zone names (ucal_*) and case mapping (u_strTo*).
This script keeps every item those services read, for every locale, and leaves out the data of the
services no library calls: line/word breaking and its dictionaries (brkitr), transliteration,
spelled-out numbers (rbnf), units, currency/language/region display names, character names, IDNA
and stringprep profiles, NFKC, spoof checks, layout and emoji properties.

The data is ICU's "common data" package (a table of contents and the items); the new one is written
in the same format and linked into a library with the same soname and symbol (`icudtNN_dat`) with
binutils (as, ld), which the strip step needs anyway. Windows and macOS Qt use the system's
ICU/NLS: nothing to do there.
"""

from __future__ import annotations

import itertools
import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

#: ICU functions the kept data serves; any other ICU function imported by a library in the bundle
#: stops the build (it may need data this script leaves out).
SERVED = re.compile(r"^(ucol_|ucnv_|UCNV_|ucal_|u_strTo(Upper|Lower)_)")
#: Trees and items left out (names inside the package, after "icudtNNl/").
DROP_TREES = ("brkitr/", "translit/", "rbnf/", "unit/", "curr/", "lang/", "region/")
DROP_ITEMS = re.compile(r"^(unames\.icu|uts46\.nrm|nfkc(_cf)?\.nrm|confusables\.cfu|ulayout\.icu"
                        r"|uemoji\.icu|[a-z0-9]+\.spp)$")


def run(*cmd: str) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def icu_imports(internal: Path, version: str, icu_libs: set[str]) -> set[str]:
    """The ICU functions (ICU renames them `name_NN`) the bundle's other libraries import."""
    found: set[str] = set()
    for f in internal.rglob("*.so*"):
        if f.is_symlink() or not f.is_file() or f.name in icu_libs:
            continue
        out = subprocess.run(["nm", "-D", "--undefined-only", str(f)], capture_output=True,
                             text=True).stdout
        found.update(s for s in out.split() if s.endswith(f"_{version}"))
    return found


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(name, item)]) of an ICU common-data package (little-endian "CmnD")."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise SystemExit("not a little-endian ICU common-data package")
    count = struct.unpack_from("<I", blob, header_size)[0]
    toc = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    starts = [*sorted(data for _, data in toc), len(blob) - header_size]
    end_of = dict(itertools.pairwise(starts))
    items = []
    for name_off, data_off in toc:
        at = header_size + name_off
        name = blob[at:blob.index(b"\0", at)].decode("ascii")
        items.append((name, blob[header_size + data_off:header_size + end_of[data_off]]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package with these items (kept in ICU's sorted order, each aligned to 16 bytes)."""
    names = b"".join(n.encode("ascii") + b"\0" for n, _ in items)
    toc_size = 4 + 8 * len(items)
    data_at = (toc_size + len(names) + 15) // 16 * 16
    toc, body, name_at = [struct.pack("<I", len(items))], bytearray(), toc_size
    for name, item in items:
        toc.append(struct.pack("<II", name_at, data_at + len(body)))
        name_at += len(name) + 1
        body += item + b"\0" * (-len(item) % 16)
    out = header + b"".join(toc) + names
    return out + b"\0" * (len(header) + data_at - len(out)) + bytes(body)


def keep(name: str) -> bool:
    inner = name.split("/", 1)[1]
    return not inner.startswith(DROP_TREES) and not DROP_ITEMS.match(inner)


def main(lib_path: str) -> int:
    lib = Path(lib_path)
    internal = next(p for p in lib.parents if p.name == "_internal")
    version = lib.name.rsplit(".", 1)[-1]
    icu_libs = {p.name for p in lib.parent.glob("libicu*")}
    imported = icu_imports(internal, version, icu_libs)
    unserved = sorted(f for f in imported if not SERVED.match(f))
    if not imported or unserved:
        print(f"trim_icu: the bundle calls ICU functions whose data may be left out: "  # noqa: T201
              f"{unserved or 'none found'}; "
              "update SERVED/DROP_* in packaging/trim_icu.py", file=sys.stderr)
        return 1
    symbols = [s for s in run("nm", "-D", "--defined-only", str(lib)).split()
               if re.fullmatch(r"icudt\d+_dat", s)]
    soname = re.search(r"\(SONAME\)\s+Library soname: \[(.+?)\]", run("readelf", "-d", str(lib)))
    if len(symbols) != 1 or not soname:
        print(f"trim_icu: {lib.name} is not an ICU data library as expected",  # noqa: T201
              file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        run("objcopy", "-O", "binary", "--only-section=.rodata", str(lib), str(t / "in.dat"))
        header, items = read_package((t / "in.dat").read_bytes())
        kept = [(n, d) for n, d in items if keep(n)]
        (t / "out.dat").write_bytes(write_package(header, kept))
        (t / "data.s").write_text(
            '\t.section .rodata,"a"\n'
            f"\t.globl {symbols[0]}\n\t.type {symbols[0]},@object\n\t.p2align 4\n"
            f'{symbols[0]}:\n\t.incbin "{t / "out.dat"}"\n'
            f"\t.size {symbols[0]}, .-{symbols[0]}\n"
            '\t.section .note.GNU-stack,"",@progbits\n')
        run("as", "-o", str(t / "data.o"), str(t / "data.s"))
        run("ld", "-shared", "-z", "noexecstack", "--hash-style=gnu", "-soname", soname.group(1),
            "-o", str(t / "lib.so"), str(t / "data.o"))
        before = lib.stat().st_size
        lib.write_bytes((t / "lib.so").read_bytes())
    saved = (before - lib.stat().st_size) / 2**20
    print(f"==> ICU data: kept {len(kept)} of {len(items)} items ({saved:.1f} MB less)")  # noqa: T201
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
