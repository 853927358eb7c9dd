"""The PyInstaller bundle (dist/repatplan, made by packaging/build_linux.sh), run as a user would:
the command line builds the demo, plans, publishes and prints a signed manifest whose Chinese text
reads back; the desktop app opens on that database offscreen, visits every screen and quits.

Skipped when there is no bundle. Every executable runs from a temporary folder with its own HOME,
so neither the source tree nor the user's data, settings or keychain are used.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
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
CJK = re.compile(r"[\u4e00-\u9fff]")

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


def test_migrations_run_inside_the_bundle(bundle: Bundle) -> None:
    current = bundle.cli("db", "current").stdout
    revisions = sorted(p.stem.split("_")[0] for p in
                       (ROOT / "planner" / "db" / "migrations" / "versions").glob("*.py"))
    assert f"newest: {revisions[-1]}" in current
    assert current.split()[0] == revisions[-1]


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
                     "qt6qml", "qt6webengine", "qt6pdf", "plugins/platformthemes/libqgtk3"):
        assert not any(unwanted in n for n in names), unwanted
    for wanted in ("resources/fonts/droidsansfallbackfull.ttf",
                   "ui/translations/repatplan_zh_cn.qm", "planner/db/migrations/env.py",
                   "planner/data/network.schema.json", "resources/icons/repatplan-256.png",
                   "resources/maps/region.json"):
        assert wanted in names, wanted


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
