"""ICAO Doc 9303 machine-readable zone: check digits, TD3 (passport) composition and checking.

Written here rather than taken from the GPL-3 `mrz` package, which also wrongly rejects passports
whose empty optional-data field carries `<` as its check digit (9303 part 4 allows `<` there).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

_WEIGHTS = (7, 3, 1)


def char_value(c: str) -> int:
    if c.isdigit():
        return int(c)
    if "A" <= c <= "Z":
        return ord(c) - ord("A") + 10
    if c == "<":
        return 0
    raise ValueError(f"character {c!r} is not allowed in an MRZ")


def check_digit(field: str) -> str:
    """The 7-3-1 weighted check digit of an MRZ field, as a character."""
    return str(sum(char_value(c) * _WEIGHTS[i % 3] for i, c in enumerate(field)) % 10)


def pad(text: str, width: int) -> str:
    """Upper-case, spaces and punctuation to `<`, padded or cut to `width`."""
    out = []
    for c in text.upper():
        if c.isascii() and (c.isalnum()):
            out.append(c)
        else:
            out.append("<")
    return ("".join(out) + "<" * width)[:width]


def yymmdd(d: dt.date) -> str:
    return d.strftime("%y%m%d")


@dataclass(frozen=True, slots=True)
class TD3:
    """The fields of a TD3 (passport) MRZ."""

    document_code: str
    issuing_state: str
    surname: str
    given_names: str
    number: str
    nationality: str
    birth: str  # YYMMDD
    sex: str
    expiry: str  # YYMMDD
    optional: str


def compose_td3(
    *,
    surname: str,
    given_names: str,
    number: str,
    nationality: str,
    birth: dt.date,
    sex: str,
    expiry: dt.date,
    issuing_state: str | None = None,
    document_code: str = "P",
    optional: str = "",
) -> str:
    """Two 44-character lines joined by a newline, with every check digit right."""
    state = pad(issuing_state or nationality, 3)
    name = (pad(surname, 39).rstrip("<") + "<<" + pad(given_names, 39).rstrip("<"))
    line1 = pad(document_code, 2) + state + pad(name, 39)
    num = pad(number, 9)
    opt = pad(optional, 14)
    opt_cd = check_digit(opt) if opt.strip("<") else "<"
    b, e = yymmdd(birth), yymmdd(expiry)
    sx = sex if sex in ("M", "F") else "<"
    composite_src = num + check_digit(num) + b + check_digit(b) + e + check_digit(e) + opt + opt_cd
    line2 = (
        num + check_digit(num) + pad(nationality, 3) + b + check_digit(b) + sx + e
        + check_digit(e) + opt + opt_cd + check_digit(composite_src)
    )
    assert len(line1) == 44 and len(line2) == 44
    return line1 + "\n" + line2


def normalise(mrz: str) -> str:
    """Accept lines separated by newlines, spaces or nothing; return 'LINE1\\nLINE2'."""
    compact = "".join(mrz.split())
    if len(compact) == 88:
        return compact[:44] + "\n" + compact[44:]
    return compact


def check_td3(mrz: str) -> list[str]:
    """Reasons a TD3 MRZ is invalid; an empty list means every check digit is right."""
    text = normalise(mrz)
    lines = text.split("\n")
    if len(lines) != 2 or any(len(line) != 44 for line in lines):
        return ["a passport MRZ has two lines of 44 characters"]
    l1, l2 = lines
    for c in l1 + l2:
        if not (c.isdigit() or "A" <= c <= "Z" or c == "<"):
            return [f"character {c!r} is not allowed in an MRZ"]
    if l1[0] != "P":
        return ["line 1 of a passport MRZ starts with 'P'"]
    errors: list[str] = []
    fields = [("document number", l2[0:9], l2[9]), ("date of birth", l2[13:19], l2[19]),
              ("expiry date", l2[21:27], l2[27])]
    for label, value, cd in fields:
        if check_digit(value) != cd:
            errors.append(f"check digit of the {label} is {cd}, expected {check_digit(value)}")
    opt, opt_cd = l2[28:42], l2[42]
    if not (opt_cd == "<" and not opt.strip("<")) and check_digit(opt) != opt_cd:
        errors.append(
            f"check digit of the optional data is {opt_cd}, expected {check_digit(opt)}"
        )
    composite = l2[0:10] + l2[13:20] + l2[21:43]
    if check_digit(composite) != l2[43]:
        errors.append(
            f"composite check digit is {l2[43]}, expected {check_digit(composite)}"
        )
    return errors


def parse_td3(mrz: str) -> TD3:
    """Split a TD3 MRZ into its fields (no checking: call :func:`check_td3` for that)."""
    l1, l2 = normalise(mrz).split("\n")
    surname, _, given = l1[5:44].partition("<<")
    return TD3(
        document_code=l1[0:2].rstrip("<"),
        issuing_state=l1[2:5],
        surname=surname.replace("<", " ").strip(),
        given_names=given.replace("<", " ").strip(),
        number=l2[0:9].rstrip("<"),
        nationality=l2[10:13],
        birth=l2[13:19],
        sex=l2[20],
        expiry=l2[21:27],
        optional=l2[28:42].rstrip("<"),
    )
