"""The PyInstaller bundle (dist/repatplan, made by packaging/build_linux.sh), run as a user would:
the command line builds the demo, plans with SCIP and with CP-SAT, publishes, prints a signed
manifest whose Chinese text reads back, writes plain and password-protected XLSX and an AES 7z,
reads an XLSX, keeps an encrypted (SQLCipher) database, talks to PostgreSQL through libpq; the
desktop app opens on the demo offscreen, visits every screen and quits. On Linux it also checks
what the size cuts of packaging/ rely on (the trimmed ICU data answers Qt as the full data does,
the libraries left to the system are the documented ones) and that the folder does not grow back.

Skipped when there is no bundle. Every executable runs from a temporary folder with its own HOME,
so neither the source tree nor the user's data, settings or keychain are used. With
REPATPLAN_TEST_DB (an admin URL of a PostgreSQL server, as for the main suite) the migrations also
run on a fresh PostgreSQL database.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import uuid
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = Path(os.environ.get("REPATPLAN_BUNDLE", ROOT / "dist" / "repatplan"))
EXE = ".exe" if sys.platform == "win32" else ""
CLI = BUNDLE / f"repatplan{EXE}"
GUI = BUNDLE / f"repatplan-gui{EXE}"
SIGNING_PASSWORD = "bundle-test-7305"
EXPORT_PASSWORD = "Bundle-Export-4417!"
CJK = re.compile(r"[\u4e00-\u9fff]")
LINUX = sys.platform.startswith("linux")
PG_ADMIN_URL = os.environ.get("REPATPLAN_TEST_DB", "")

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(not (CLI.exists() and GUI.exists()),
                       reason=f"no bundle at {BUNDLE}: build it with packaging/build_linux.sh "
                              "(./dev package)"),
]


@dataclass(frozen=True)
class Bundle:
    home: Path
    db: Path
    env: dict[str, str]

    def run(self, exe: Path, *args: str | Path, timeout: float = 180,
            extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(exe), *map(str, args)], cwd=self.home,
                              env={**self.env, **(extra_env or {})}, capture_output=True,
                              text=True, encoding="utf-8", timeout=timeout, check=False)

    def cli(self, *args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
        done = self.run(CLI, *args, "--db", self.db, **kwargs)  # type: ignore[arg-type]
        assert done.returncode == 0, f"repatplan {args[0]}: {done.stderr[-2000:]}"
        assert "Traceback" not in done.stderr
        return done


def clean_env(home: Path) -> dict[str, str]:
    """The parent's environment without repatplan's, Python's or Qt's variables; HOME and the
    XDG folders in `home`."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("REPATPLAN_", "PYTHON", "QT_", "XDG_"))}
    env.update(HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData"),
               LOCALAPPDATA=str(home / "AppData" / "Local"), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               REPATPLAN_NO_ENCRYPTION="1",  # the demo holds invented people only
               REPATPLAN_OPERATOR="Bundle Test", QT_QPA_PLATFORM="offscreen")
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """A fresh demo database made and planned by the bundled command line, the plan published."""
    home = tmp_path_factory.mktemp("bundle-home")
    b = Bundle(home, home / "demo.sqlite", clean_env(home))
    b.cli("demo", "--no-encryption")
    plan = json.loads(b.cli("plan", "--time-limit", "5", "--json").stdout)
    assert plan["scheduled_people"] > 0
    b.cli("plan", "publish")
    return b


def test_version_comes_from_the_package_metadata(tmp_path: Path) -> None:
    b = Bundle(tmp_path, tmp_path / "unused.sqlite", clean_env(tmp_path))
    expected = version("repatplan")
    cli = b.run(CLI, "--version", timeout=60)
    assert cli.returncode == 0, cli.stderr
    assert cli.stdout.strip() == f"repatplan {expected}"
    if sys.platform != "win32":  # a windowed .exe has no stdout to print to
        gui = b.run(GUI, "--version", timeout=60)
        assert gui.returncode == 0, gui.stderr
        assert gui.stdout.strip() == expected


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has two executables")
def test_one_program_serves_the_desktop_app_and_the_command_line() -> None:
    assert CLI.is_symlink() and os.readlink(CLI) == GUI.name
    assert not GUI.is_symlink()


def newest_revision() -> str:
    return max(p.stem.split("_")[0]
               for p in (ROOT / "planner" / "db" / "migrations" / "versions").glob("*.py"))


def test_migrations_run_inside_the_bundle(bundle: Bundle) -> None:
    current = bundle.cli("db", "current").stdout
    assert f"newest: {newest_revision()}" in current
    assert current.split()[0] == newest_revision()


def test_cpsat_plans_inside_the_bundle(bundle: Bundle, tmp_path: Path) -> None:
    """The fixture planned with SCIP (the default back end); CP-SAT plans a copy of the demo."""
    copy = dataclasses.replace(bundle, db=tmp_path / "cpsat.sqlite")
    shutil.copyfile(bundle.db, copy.db)
    plan = json.loads(copy.cli("plan", "--backend", "cpsat", "--time-limit", "5",
                               "--json").stdout)
    assert plan["status"] in ("OPTIMAL", "FEASIBLE")
    assert plan["scheduled_people"] > 0


def test_exports_xlsx_plain_and_password_protected(bundle: Bundle, tmp_path: Path) -> None:
    import csv

    import msoffcrypto
    import openpyxl
    import py7zr

    def refs(source: Path | io.BytesIO) -> list[str]:
        """The person refs on every sheet (one sheet per flight or crossing, a header each)."""
        book = openpyxl.load_workbook(source, read_only=True)
        out = []
        for sheet in book.worksheets:
            header, *rows = sheet.iter_rows(values_only=True)
            out += [str(r[header.index("ref")]) for r in rows]
        return out

    plain = tmp_path / "airline.xlsx"
    bundle.cli("export", "schedule", "--format", "xlsx", "--partner", "airline", "-o", plain)
    expected = refs(plain)
    assert len(expected) > 100

    password = {"REPATPLAN_EXPORT_PASSWORD": EXPORT_PASSWORD}
    protected = tmp_path / "airline-protected.xlsx"
    bundle.cli("export", "schedule", "--format", "xlsx", "--partner", "airline", "--encrypt",
               "-o", protected, extra_env=password)
    with protected.open("rb") as f:
        office = msoffcrypto.OfficeFile(f)
        assert office.is_encrypted()
        office.load_key(password=EXPORT_PASSWORD)
        clear = io.BytesIO()
        office.decrypt(clear)
    assert refs(clear) == expected

    bundle.cli("export", "schedule", "--format", "csv", "--partner", "airline", "--encrypt",
               "-o", tmp_path / "airline.csv", extra_env=password)
    archive = tmp_path / "airline.csv.7z"
    assert "airline.csv".encode("utf-16-le") not in archive.read_bytes()  # names encrypted too
    with py7zr.SevenZipFile(archive, password=EXPORT_PASSWORD) as z:
        z.extractall(tmp_path / "unpacked")
    (csv_file,) = (tmp_path / "unpacked").iterdir()
    with csv_file.open(encoding="utf-8-sig", newline="") as text:
        assert sorted(r["ref"] for r in csv.DictReader(text)) == sorted(expected)


def test_reads_an_xlsx_persons_list(bundle: Bundle, tmp_path: Path) -> None:
    template = tmp_path / "persons.xlsx"
    bundle.cli("import", "template", template)
    done = json.loads(bundle.cli("import", "persons", template, "--json").stdout)
    assert done["file"].endswith("persons.xlsx") and done["rows"] == 0


def test_encrypted_database_inside_the_bundle(tmp_path: Path) -> None:
    env = {k: v for k, v in clean_env(tmp_path).items() if k != "REPATPLAN_NO_ENCRYPTION"}
    b = Bundle(tmp_path, tmp_path / "secret.sqlite", {**env, "REPATPLAN_KEY": "bundle-key-8831"})
    b.cli("init")
    assert b.cli("db", "current").stdout.split()[0] == newest_revision()
    assert not b.db.read_bytes().startswith(b"SQLite format 3")
    wrong = b.run(CLI, "db", "current", "--db", b.db, extra_env={"REPATPLAN_KEY": "wrong"})
    assert wrong.returncode != 0 and "Traceback" not in wrong.stderr


def test_postgresql_driver_inside_the_bundle(tmp_path: Path) -> None:
    """libpq (psycopg's binary build) loads and answers: a refused connection is its message."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # free now, and nothing listens on it
    b = Bundle(tmp_path, tmp_path / "unused.sqlite", clean_env(tmp_path))
    done = b.run(CLI, "db", "current", "--db",
                 f"postgresql+psycopg://nobody@127.0.0.1:{port}/nothing", timeout=60)
    assert done.returncode == 2, done.stderr
    assert f'connection to server at "127.0.0.1", port {port} failed' in done.stderr


@pytest.mark.skipif(not PG_ADMIN_URL, reason="REPATPLAN_TEST_DB (a PostgreSQL admin URL) not set")
def test_migrations_run_on_postgresql(tmp_path: Path) -> None:
    """Alembic creates the schema on a fresh PostgreSQL database through the bundle's psycopg and
    libpq; over TLS as well when the server offers it (./dev package turns it on)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"repatplan_bundle_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
        tls = c.execute(text("SHOW ssl")).scalar() == "on"
    try:
        url = make_url(PG_ADMIN_URL).set(database=name)
        b = Bundle(tmp_path, tmp_path / "unused.sqlite", clean_env(tmp_path))
        for args in (("init",), ("db", "current")):
            done = b.run(CLI, *args, "--db", url.render_as_string(hide_password=False))
            assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.split()[0] == newest_revision()
        if tls:  # libpq with the bundle's OpenSSL (packaging/dedupe_linux.py)
            secure = url.update_query_dict({"sslmode": "require"})
            done = b.run(CLI, "db", "current", "--db", secure.render_as_string(hide_password=False))
            assert done.returncode == 0, done.stderr[-2000:]
            assert done.stdout.split()[0] == newest_revision()
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_signed_manifest_is_a_readable_pdf_with_chinese_text(bundle: Bundle,
                                                            tmp_path: Path) -> None:
    from pypdf import PdfReader

    events = json.loads(bundle.cli("manifest", "list", "--json").stdout)
    event = max(events, key=lambda e: e["people"])
    p12 = self_signed_p12(tmp_path / "agency.p12")
    password = {"REPATPLAN_SIGNING_PASSWORD": SIGNING_PASSWORD}
    bundle.cli("manifest", "signer", "set", "--p12", p12, extra_env=password)
    out = tmp_path / "manifest.pdf"
    bundle.cli("manifest", "--handover", event["number"], "-o", out, extra_env=password)
    bundle.cli("manifest", "signer", "clear")

    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "边境移交人员名单" in text and "Border handover manifest" in text
    assert len(CJK.findall(text)) > 100  # names and headings, not just the title
    assert event["number"] in text
    fonts = {str(f.get_object().get("/BaseFont", ""))
             for page in reader.pages
             for f in (page.get("/Resources", {}).get_object().get("/Font", {}) or {}).values()}
    assert any("DroidSansFallback" in f for f in fonts), fonts  # the shipped CJK font
    verify = bundle.cli("manifest", "verify", out).stdout
    assert "The manifest matches" in verify
    assert "Signature: intact, covers the whole document" in verify
    assert "Packaging Test Agency" in verify


def test_gui_opens_every_screen_offscreen_and_quits(bundle: Bundle) -> None:
    done = bundle.run(GUI, "--smoke-test", "--db", bundle.db, timeout=360)
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 0, done.stderr[-3000:]
    assert re.search(r"smoke test passed: \d+ screens \(overview, people, batches",
                     done.stdout), done.stdout


def test_bundle_leaves_out_what_the_app_does_not_use() -> None:
    internal = BUNDLE / "_internal"
    names = {p.relative_to(internal).as_posix().lower() for p in internal.rglob("*")}
    for unwanted in ("pytest", "_pytest", "hypothesis", "mypy", "tkinter", "qt6quick",
                     "qt6qml", "qt6webengine", "qt6pdf", "plugins/platformthemes/libqgtk3",
                     "qt6network", "plugins/platforms/libqvnc", "plugins/generic/",
                     "lxml/objectify", "lxml/html/", "pandas/"):
        assert not any(unwanted in n for n in names), unwanted
    for wanted in ("resources/fonts/droidsansfallbackfull.ttf",
                   "ui/translations/repatplan_zh_cn.qm", "planner/db/migrations/env.py",
                   "planner/data/network.schema.json", "resources/icons/repatplan-256.png",
                   "resources/maps/region.json"):
        assert wanted in names, wanted


#: The Linux folder's size (MiB of files) after the cuts in packaging/README.md, plus room for
#: dependency updates: a guard against a dependency or a hook bringing back what was cut.
SIZE_CEILING_MB = 280


@pytest.mark.skipif(not LINUX, reason="the size is measured on the Linux bundle")
def test_bundle_does_not_grow_back() -> None:
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= SIZE_CEILING_MB * 2**20, (
        f"{size / 2**20:.0f} MB: see packaging/README.md for what each cut saved")


# What ICU does for Qt (Qt imports only these parts of ICU's API; packaging/trim_icu.py): collation,
# case mapping, time-zone names and codecs, in many locales, printed as JSON.
ICU_PROBE = r"""
import json, sys
from PySide6.QtCore import QCoreApplication, QCollator, QLocale, QStringDecoder, QStringEncoder
from PySide6.QtCore import QStringConverter, QTimeZone, Qt
app = QCoreApplication([])
maps = open("/proc/self/maps").read()
words = ["apple", "Äpfel", "zebra", "Zürich", "กา", "ก้อน", "ນ້ຳ", "ກາ", "ខ្មែរ", "ក", "မြန်မာ", "က",
         "中国", "北京", "張三", "李四", "item10", "item2", "straße", "Strasse",
         "İstanbul", "ıspanak"]
out = {"maps": sys.argv[1] in maps}
for name in ["en_US", "zh_CN", "zh_TW", "th_TH", "lo_LA", "km_KH", "my_MM", "de_DE", "tr_TR",
             "sv_SE", "ja_JP", "ru_RU", "vi_VN"]:
    loc = QLocale(name)
    for numeric in (False, True):
        for case in (Qt.CaseSensitivity.CaseSensitive, Qt.CaseSensitivity.CaseInsensitive):
            c = QCollator(loc)
            c.setNumericMode(numeric)
            c.setCaseSensitivity(case)
            out[f"collate {name} {numeric} {case}"] = [c.compare(a, b)
                                                       for a in words for b in words]
    out[f"case {name}"] = [loc.toUpper(t) + loc.toLower(t) for t in ["istanbul İI", "ΆΣΟΣ ΟΔΟΣ"]]
    zones = [QTimeZone(z) for z in QTimeZone.availableTimeZoneIds()]
    times = (QTimeZone.TimeType.StandardTime, QTimeZone.TimeType.DaylightTime)
    kinds = (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName)
    out[f"zones {name}"] = [z.displayName(t, k, loc) for z in zones for t in times for k in kinds]
out["codecs"] = [(c, QStringEncoder(c).isValid(), QStringDecoder(c).name())
                 for c in QStringConverter.availableCodecs()]
print(json.dumps(out, ensure_ascii=False))
"""


@pytest.mark.skipif(not LINUX, reason="only the Linux bundle carries ICU")
def test_trimmed_icu_data_answers_qt_as_the_full_data(tmp_path: Path) -> None:
    """The bundle's libicudata (rebuilt by packaging/trim_icu.py), loaded in place of the
    development environment's full one, gives the same answers to everything Qt asks ICU."""
    import PySide6

    bundled = sorted((BUNDLE / "_internal" / "PySide6" / "Qt" / "lib").glob("libicudata.so.*"))
    # the Linux bundle is built from this environment: its Qt needs ICU, and the same version
    assert bundled, "no libicudata in the bundle: Qt cannot start without it"
    full = Path(PySide6.__file__).parent / "Qt" / "lib" / bundled[0].name
    assert full.exists(), f"the environment's Qt has no {bundled[0].name}: rebuild the bundle"
    probe = tmp_path / "probe.py"
    probe.write_text(ICU_PROBE, encoding="utf-8")

    def answers(preload: Path | None) -> dict[str, object]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        if preload is not None:
            env["LD_PRELOAD"] = str(preload)
        done = subprocess.run([sys.executable, str(probe), str((preload or full).resolve())],
                              env=env, capture_output=True, text=True, encoding="utf-8",
                              timeout=300, check=True)
        result: dict[str, object] = json.loads(done.stdout)
        assert result.pop("maps") is True  # the library meant is the one in use
        return result

    trimmed = answers(bundled[0])
    assert trimmed == answers(None)
    assert bundled[0].stat().st_size < full.stat().st_size * 0.7


#: Libraries the desktop app takes from the system (GL, Wayland and xcb: as PyInstaller leaves
#: them; the rest: left out by packaging/repatplan.spec, DROP_SYSTEM): docs/install.md lists them.
DESKTOP_LIBS = re.compile(
    r"lib(EGL|GL|drm|wayland-(client|cursor|egl)|xcb(-[a-z-]+)?|X11(-xcb)?|xkbcommon(-x11)?"
    r"|fontconfig|freetype|glib-2\.0|gthread-2\.0|dbus-1|cups)\.so\.\d+")
#: ... and what every program takes from it (glibc)
GLIBC = {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1",
         "libresolv.so.2", "libutil.so.1", "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1"}


@pytest.mark.skipif(not LINUX or shutil.which("readelf") is None,
                    reason="Linux bundle; needs readelf (binutils)")
def test_libraries_left_to_the_system_are_the_documented_ones() -> None:
    internal = BUNDLE / "_internal"
    inside = {p.name for p in internal.rglob("*.so*")}
    outside: dict[str, set[str]] = {}
    for lib in internal.rglob("*.so*"):
        if lib.is_symlink() or not lib.is_file():
            continue
        dynamic = subprocess.run(["readelf", "-dW", str(lib)], capture_output=True, text=True,
                                 check=False).stdout
        for needed in re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic):
            if needed not in inside and needed not in GLIBC:
                outside.setdefault(needed, set()).add(lib.relative_to(internal).as_posix())
    assert {n for n in outside if not DESKTOP_LIBS.fullmatch(n)} == set(), outside
    # the command line never loads Qt: only Qt's libraries and plugins need the desktop's
    users = {u for us in outside.values() for u in us}
    assert {u for u in users if not u.startswith("PySide6/")} == set(), outside


def self_signed_p12(path: Path) -> Path:
    """A throw-away agency certificate (no key material lives in the repository)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Packaging Test Agency")])
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    usage = x509.KeyUsage(digital_signature=True, content_commitment=True,
                          key_encipherment=False, data_encipherment=False, key_agreement=False,
                          key_cert_sign=False, crl_sign=False, encipher_only=False,
                          decipher_only=False)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + dt.timedelta(days=30))
            .add_extension(usage, critical=True).sign(key, hashes.SHA256()))
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"agency", key, cert, None,
        serialization.BestAvailableEncryption(SIGNING_PASSWORD.encode())))
    return path
