"""Strip symbol tables and debug information from the shared libraries of a Linux bundle.

    python packaging/strip_linux.py dist/repatplan/_internal

Many libraries in the wheels still carry their symbol table (.symtab, .strtab) and some their
debug information: about 20 MB that nothing reads at run time (the dynamic symbols, which the
loader uses, stay). `strip --strip-unneeded` removes them, but on libraries that auditwheel
patched with patchelf (numpy.libs, pillow.libs, psycopg's) it moves the loadable segments and the
result no longer loads ("ELF load command address/offset not page-aligned"). For those, `compact`
cuts the same sections out itself and moves the segments patchelf appended after them by a
multiple of their alignment, so that nothing the loader maps changes.

Every result is checked before it replaces a library: each segment the loader maps must be
byte-for-byte what it was, at the same address, with a file offset that agrees with that address
modulo its alignment; otherwise the library stays as it is. The executables are never touched
(the code archive is appended to them).
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

PAGE = 0x1000
PT_LOAD = 1


Segment = tuple[int, int, int, int, int, int, int]


def segments(data: bytes) -> list[Segment] | None:
    """(type, offset, vaddr, filesz, memsz, flags, align) of every program header of a 64-bit
    little-endian ELF file; None for anything else."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    out = []
    for i in range(phnum):
        p_type, p_flags, p_offset, p_vaddr, _, p_filesz, p_memsz, p_align = struct.unpack_from(
            "<IIQQQQQQ", data, phoff + i * phentsize)
        out.append((p_type, p_offset, p_vaddr, p_filesz, p_memsz, p_flags, p_align))
    return out


def normalized(data: bytes) -> bytes:
    """The file with what stripping may rewrite zeroed: the ELF header's section-table fields
    (e_shoff, e_shnum, e_shstrndx: the loader never reads them) and the file offsets in the
    program headers (compared apart, by their agreement with the addresses)."""
    out = bytearray(data)
    out[0x28:0x30] = bytes(8)
    out[0x3C:0x40] = bytes(4)
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for i in range(phnum):
        out[phoff + i * phentsize + 8:phoff + i * phentsize + 16] = bytes(8)
    return bytes(out)


def same_when_loaded(old: bytes, new: bytes) -> bool:
    """Whether the loader maps the same bytes at the same addresses from both files."""
    a, b = segments(old), segments(new)
    if a is None or b is None:
        return False
    old, new = normalized(old), normalized(new)
    if len(a) != len(b):
        return False
    for (t1, off1, va1, fs1, ms1, fl1, al1), (t2, off2, va2, fs2, ms2, fl2, al2) in zip(
            a, b, strict=True):
        if (t1, va1, fs1, ms1, fl1, al1) != (t2, va2, fs2, ms2, fl2, al2):
            return False
        if t1 == PT_LOAD and ((off2 - va2) % max(al2, PAGE)
                              or old[off1:off1 + fs1] != new[off2:off2 + fs2]):
            return False
    return True


SHF_ALLOC = 0x2
SHT_NOBITS = 8
SHF_INFO_LINK = 0x40


def compact(data: bytes) -> bytes | None:
    """`data` without its symbol table, debug information and build notes, for a library where
    patchelf placed loadable segments after them (so strip would move those segments): the
    segments after the removed sections move towards the start of the file by a multiple of
    their alignment, keeping their addresses; the section names and the section table go to the
    end. None when the layout is not of that kind or there is too little to gain."""
    phoff, = struct.unpack_from("<Q", data, 0x20)
    shoff, = struct.unpack_from("<Q", data, 0x28)
    phentsize, phnum, shentsize, shnum, shstrndx = struct.unpack_from("<HHHHH", data, 0x36)
    if shoff == 0 or shentsize != 64 or shstrndx == 0:
        return None
    fmt = "<IIQQQQIIQQ"  # name, type, flags, addr, offset, size, link, info, addralign, entsize
    sections = [list(struct.unpack_from(fmt, data, shoff + i * 64)) for i in range(shnum)]
    names_at = sections[shstrndx][4]

    def name(sec: list[int]) -> str:
        return data[names_at + sec[0]:data.index(b"\0", names_at + sec[0])].decode()

    removed = {i for i, sec in enumerate(sections) if i and not sec[2] & SHF_ALLOC and (
        name(sec) in (".symtab", ".strtab", ".comment", ".gnu.build.attributes", ".gnu_debugdata")
        or name(sec).startswith(".debug"))}
    if not removed:
        return None
    start = min(sections[i][4] for i in removed)
    end = max(sections[i][4] + sections[i][5] for i in removed)
    segs = segments(data) or []
    kept = [(off, off + fs) for _, off, _, fs, _, _, _ in segs if fs] + [
        (sec[4], sec[4] + sec[5]) for i, sec in enumerate(sections)
        if i and i not in removed and i != shstrndx and sec[1] != SHT_NOBITS and sec[5]]
    before = max((e for b, e in kept if b < start), default=0)
    after = min((b for b, e in kept if b >= start), default=len(data))
    if before > start or after < end:
        return None  # something that stays lies among the sections to remove
    # whatever moves keeps its offset modulo its alignment
    align = max([PAGE] + [al for t, off, *_, al in segs if t == PT_LOAD and off >= after])
    shift = (after - before) // align * align
    if shift < PAGE:
        return None
    tail = data[after:]
    if shoff >= after and shoff + shnum * 64 == len(data):
        tail = data[after:shoff]  # the old section table: written anew below
    out = bytearray(data[:before]) + bytes(after - shift - before) + tail
    # the section names, then the section table, at the end
    names = data[names_at:names_at + sections[shstrndx][5]]
    new_names_at = len(out)
    out += names
    out += bytes(-len(out) % 8)
    new_shoff = len(out)
    index = {old: new for new, old in enumerate(i for i in range(shnum) if i not in removed)}
    for i in range(shnum):
        if i in removed:
            continue
        sec = list(sections[i])
        if i == shstrndx:
            sec[4] = new_names_at
        elif sec[4] >= after:
            sec[4] -= shift
        sec[6] = index.get(sec[6], 0)
        if sec[2] & SHF_INFO_LINK:
            sec[7] = index.get(sec[7], 0)
        out += struct.pack(fmt, *sec)
    struct.pack_into("<Q", out, 0x28, new_shoff)
    struct.pack_into("<HH", out, 0x3C, len(index), index[shstrndx])
    if phoff >= after:
        struct.pack_into("<Q", out, 0x20, phoff - shift)
        phoff -= shift
    for i in range(phnum):
        at = phoff + i * phentsize + 8
        off, = struct.unpack_from("<Q", out, at)
        if off >= after:
            struct.pack_into("<Q", out, at, off - shift)
    return bytes(out)


def strip(path: Path) -> tuple[int, str]:
    """(bytes saved, how): "strip", "compact" (the library's own layout kept, see compact),
    "-" (nothing to strip) or "kept" (both would change what the loader maps: left as it was)."""
    tmp = path.with_name(path.name + ".stripping")
    try:
        done = subprocess.run(["strip", "--strip-unneeded", "-o", str(tmp), str(path)],
                              capture_output=True)
        old = path.read_bytes()
        new = tmp.read_bytes() if done.returncode == 0 and tmp.exists() else old
        if len(new) >= len(old):
            return 0, "-"
        how = "strip"
        if not same_when_loaded(old, new):
            new, how = compact(old) or old, "compact"
            if len(new) >= len(old) or not same_when_loaded(old, new):
                return 0, "kept"
        tmp.write_bytes(new)
        shutil.copymode(path, tmp)
        os.replace(tmp, path)
        return len(old) - len(new), how
    finally:
        tmp.unlink(missing_ok=True)


def main(folder: str) -> int:
    if shutil.which("strip") is None:
        print("warning: no strip (binutils): the bundle keeps its symbols",  # noqa: T201
              file=sys.stderr)
        return 0
    saved, refused, compacted = 0, [], 0
    for path in sorted(Path(folder).rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as f:
            if f.read(6) != b"\x7fELF\x02\x01":  # 64-bit little-endian ELF
                continue
        less, how = strip(path)
        saved += less
        compacted += how == "compact"
        if how == "kept":
            refused.append(path.name)
    print(f"==> stripped symbols: {saved / 2**20:.1f} MB less ({compacted} libraries "  # noqa: T201
          f"patched by auditwheel compacted in place); left as they are: {refused or 'none'}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
