"""One OpenSSL in a Linux bundle instead of two.

    python packaging/dedupe_linux.py dist/repatplan/_internal

Python's ssl and hashlib modules bring the build system's OpenSSL 3 (libcrypto.so.3,
libssl.so.3, at the top of _internal/); psycopg's binary wheel brings another build of OpenSSL 3
under auditwheel's names (psycopg_binary.libs/libcrypto-<hash>.so.3, libssl-<hash>.so.3) for
libpq: 6.6 MB twice. OpenSSL 3 keeps its ABI within the major version and versions its symbols,
so each such copy becomes a symbolic link to the top-level library when every symbol its users
(libpq, libldap, libssl) import from it, with its version, is defined there too; otherwise the
copy stays. libpq then reads the system's OpenSSL configuration and CA paths like Python does.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

#: Library families whose copies may be shared (ABI-stable within the soname, versioned symbols).
FAMILIES = ("libcrypto", "libssl")


def dynamic(path: Path, defined: bool) -> set[str]:
    """Dynamic symbols with their versions, as `nm -D` prints them (name@VERSION)."""
    flag = "--defined-only" if defined else "--undefined-only"
    out = subprocess.run(["nm", "-D", flag, "--with-symbol-versions", str(path)],
                         capture_output=True, text=True, check=True).stdout
    return {line.split()[-1].replace("@@", "@") for line in out.splitlines() if line.strip()}


def needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-dW", str(path)], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def candidates(internal: Path) -> list[tuple[Path, Path]]:
    """(auditwheel's copy, the top-level library of the same family and soname)."""
    out = []
    for copy in internal.glob("*.libs/*.so*"):
        m = re.fullmatch(r"(lib\w+)-[0-9a-f]{8}(\.so\.\d+)", copy.name)
        shared = internal / (m.group(1) + m.group(2)) if m else None
        if (m and m.group(1) in FAMILIES and not copy.is_symlink() and shared is not None
                and shared.is_file() and not shared.is_symlink()):
            out.append((copy, shared))
    return out


def main(folder: str) -> int:
    internal = Path(folder)
    saved, changed = 0, True
    while changed:  # again after each link: the top-level libssl needs libcrypto.so.3, not a copy
        changed = False
        users: dict[str, list[Path]] = {}
        for lib in internal.rglob("*.so*"):
            if lib.is_file() and not lib.is_symlink():
                for name in needed(lib):
                    users.setdefault(name, []).append(lib)
        for copy, shared in candidates(internal):
            offered = dynamic(copy, defined=True)
            wanted = set().union(*(dynamic(u, defined=False) & offered
                                   for u in users.get(copy.name, [])))
            if wanted - dynamic(shared, defined=True):
                continue
            saved += copy.stat().st_size
            copy.unlink()
            copy.symlink_to(os.path.relpath(shared, copy.parent))
            changed = True
            break
    for copy, shared in candidates(internal):
        print(f"==> {copy.name} stays: {shared.name} lacks symbols its users need",  # noqa: T201
              file=sys.stderr)
    print(f"==> one OpenSSL: {saved / 2**20:.1f} MB less")  # noqa: T201
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
