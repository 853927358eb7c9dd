"""Signed manifests from the Manifests screen (pytest-qt, offscreen, real SQLite), with a
throw-away certificate made here with `cryptography` (no keys in the repository): the screen
says which certificate signs; Save as PDF asks the PKCS#12 password once per session (a wrong
password or an expired certificate is an error and writes nothing), the saved files verify as
signed; "Don't sign this time" saves unsigned and asks again next time; paper is never signed."""

from __future__ import annotations

import datetime as dt
import gc
import types
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy.engine import Engine

from planner.manifests.store import set_signer, verify_file
from planner.reporting.signing import check_signature, load_signer
from tests.manifest_factories import build_planned
from tests.qt_helpers import (
    find_error_dialog,
    shown_window,
    ui_settings,  # noqa: F401  (autouse fixture)
)
from tests.test_ui_manifests import TODAY, pdf_to, prints, rows, screen, settle, wait
from ui.dialogs.signing import SigningDialog
from ui.main_window import MainWindow
from ui.screens.manifests import ManifestsScreen

PASSWORD = "Pkcs12-pass-7781"
SHOTS = Path("/tmp/h7")


@dataclass(frozen=True)
class Certs:
    good: Path
    expired: Path


def _p12(path: Path, cn: str, start: dt.datetime, days: int) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "TH"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Border Police"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"agency", key, cert, None, serialization.BestAvailableEncryption(PASSWORD.encode())))
    return path


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certs:
    d = tmp_path_factory.mktemp("pki")
    now = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    return Certs(_p12(d / "agency.p12", "Manifest Office Mae Sot", now, 30),
                 _p12(d / "old.p12", "Old Agency", now - dt.timedelta(days=400), 30))


def configure(engine: Engine, p12: Path, *, expired: bool = False) -> None:
    """`repatplan manifest signer set --p12 FILE` (an expired one was set while still valid)."""
    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=390) if expired else None
    set_signer(engine, p12, load_signer(p12, PASSWORD, now=when), "admin")


def open_window(qtbot: QtBot, db_path: Path) -> MainWindow:
    w = shown_window(qtbot, db_path, TODAY, "manifests")
    w.resize(1536, 864)
    settle(qtbot, screen(w))
    return w


@pytest.fixture
def finish(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    shown: list[MainWindow] = []
    yield shown
    for w in shown:
        s = screen(w)
        qtbot.waitUntil(lambda: not s.actions_.busy, timeout=30_000)  # noqa: B023
        w.context.pools.wait()


def save_as(qtbot: QtBot, s: ManifestsScreen, out: Path) -> None:
    """Save as PDF… and choose `out` in the file dialog."""
    s.actions_.job = None
    dialog = s.actions_.ask_save()
    assert dialog is not None
    dialog.selectFile(str(out))
    dialog.accept()


def password_dialog(qtbot: QtBot, s: ManifestsScreen) -> SigningDialog:
    qtbot.waitUntil(lambda: isinstance(s.actions_.dialog, SigningDialog)
                    and s.actions_.dialog.isVisible())
    dialog = s.actions_.dialog
    assert isinstance(dialog, SigningDialog)
    return dialog


def sign_with(qtbot: QtBot, s: ManifestsScreen, dialog: SigningDialog, password: str) -> None:
    dialog.password.setText(password)
    dialog.sign_button.click()
    wait(qtbot, s.actions_.signing.op)


def holds_password() -> bool:
    """Whether a live function (a closure, e.g. a background job) still holds PASSWORD."""
    gc.unfreeze()  # the app freezes what is loaded (ui.workers.freeze_loaded_data): look there too
    gc.collect()
    for f in gc.get_objects():
        if not isinstance(f, types.FunctionType) or not f.__closure__:
            continue
        for cell in f.__closure__:
            try:
                value = cell.cell_contents
            except ValueError:  # an empty cell
                continue
            if (isinstance(value, str) and value == PASSWORD) or (
                    isinstance(value, list) and any(isinstance(v, str) and v == PASSWORD
                                                    for v in value)):
                return True
    return False


def job_done(qtbot: QtBot, s: ManifestsScreen) -> None:
    qtbot.waitUntil(lambda: s.actions_.job is not None and s.actions_.job.done, timeout=60_000)
    job = s.actions_.job
    assert job is not None
    assert job.error is None, job.error
    settle(qtbot, s)


def test_save_asks_the_password_once_and_signs(
        qtbot: QtBot, engine: Engine, db_path: Path, tmp_path: Path, certs: Certs,
        finish: list[MainWindow]) -> None:
    build_planned(engine)
    configure(engine, certs.good)
    w = open_window(qtbot, db_path)
    finish.append(w)
    s = screen(w)
    assert s.signer_label.text() == "Signed with: Manifest Office Mae Sot"
    assert "Manifest Office Mae Sot" in s.signer_label.toolTip()
    number = s.current_number()
    assert number is not None
    SHOTS.mkdir(exist_ok=True)
    w.grab().save(str(SHOTS / "signing-screen.png"))

    # a wrong password: a clear error, nothing written, the dialog stays to try again
    out = tmp_path / "one.pdf"
    save_as(qtbot, s, out)
    dialog = password_dialog(qtbot, s)
    assert "Manifest Office Mae Sot" in dialog.findChildren(type(s.signer_label))[0].text()
    sign_with(qtbot, s, dialog, "not-the-password")
    box = find_error_dialog(dialog)
    assert box is not None and "wrong password" in box.text()
    assert PASSWORD not in box.text() and "not-the-password" not in box.text()
    box.close()
    assert dialog.isVisible() and dialog.password.text() == ""
    assert s.actions_.job is None and not out.exists() and prints(engine) == []

    dialog.password.setText(PASSWORD)
    dialog.grab().save(str(SHOTS / "signing-dialog.png"))
    dialog.sign_button.click()
    op = s.actions_.signing.op
    assert dialog.busy and not dialog.cancel_button.isEnabled()
    dialog.reject()  # Cancel, Esc or the close button while the certificate opens: ignored
    dialog.close()
    assert dialog.isVisible()
    wait(qtbot, op)
    del op
    qtbot.waitUntil(lambda: not isValid(dialog))
    job_done(qtbot, s)
    # the finished opening is dropped: nothing of the session holds the password
    assert s.actions_.signing.op is None
    assert not holds_password()
    check = check_signature(out)
    assert check.signed and check.ok and "Manifest Office Mae Sot" in check.subject
    v = verify_file(engine, out)
    assert v.ok and v.signature.signed
    assert "Signed by" in s.message.text() and prints(engine) == [number]

    # the rest of the session: no more password; a whole day, every file signed
    folder = tmp_path / "day"
    folder.mkdir()
    s.actions_.job = None
    s.actions_.dialog = None
    day_dialog = s.actions_.ask_save_day(TODAY)
    day_dialog.selectFile(str(folder))
    day_dialog.accept()
    job_done(qtbot, s)
    assert not isinstance(s.actions_.dialog, SigningDialog)
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == sorted(f"{r.number}-r1.pdf" for r in rows(s))
    for f in files:
        assert check_signature(f).ok and check_signature(f).signed, f
        assert verify_file(engine, f).ok, f

    # paper is not signed and needs no password
    pdf_to(tmp_path / "paper.pdf")
    op = wait(qtbot, s.actions_.start_print(number=number))
    assert op.error is None, op.error
    assert len(pypdf.PdfReader(tmp_path / "paper.pdf").pages) >= 1
    assert not check_signature(tmp_path / "paper.pdf").signed


def test_expired_certificate_and_unsigned_this_time(
        qtbot: QtBot, engine: Engine, db_path: Path, tmp_path: Path, certs: Certs,
        finish: list[MainWindow]) -> None:
    build_planned(engine)
    configure(engine, certs.expired, expired=True)
    w = open_window(qtbot, db_path)
    finish.append(w)
    s = screen(w)
    assert "Old Agency" in s.signer_label.toolTip()
    out = tmp_path / "one.pdf"
    save_as(qtbot, s, out)
    dialog = password_dialog(qtbot, s)
    sign_with(qtbot, s, dialog, PASSWORD)
    box = find_error_dialog(dialog)
    assert box is not None and "expired" in box.text()
    box.close()
    assert not out.exists() and prints(engine) == []

    dialog.unsigned_button.click()  # don't sign this time
    job_done(qtbot, s)
    assert out.exists() and not check_signature(out).signed
    assert verify_file(engine, out).ok and "Signed by" not in s.message.text()

    save_as(qtbot, s, tmp_path / "two.pdf")  # asked again: nothing was opened
    dialog = password_dialog(qtbot, s)
    dialog.reject()
    assert not (tmp_path / "two.pdf").exists()


def test_missing_certificate_file_and_none_configured(
        qtbot: QtBot, engine: Engine, db_path: Path, tmp_path: Path, certs: Certs,
        finish: list[MainWindow]) -> None:
    build_planned(engine)
    w = open_window(qtbot, db_path)
    finish.append(w)
    s = screen(w)
    assert s.signer_label.text() == "Not signed (no certificate configured)"
    out = tmp_path / "plain.pdf"
    save_as(qtbot, s, out)  # no certificate: saved at once, unsigned
    job_done(qtbot, s)
    assert out.exists() and not check_signature(out).signed

    gone = tmp_path / "moved.p12"
    gone.write_bytes(certs.good.read_bytes())
    configure(engine, gone)
    # configured behind the screen's back: saving unsigned now would be wrong, nothing is saved
    op = wait(qtbot, s.actions_.start_save(tmp_path / "race.pdf", number=s.current_number()))
    assert "signing certificate was changed" in str(op.error)
    assert not (tmp_path / "race.pdf").exists()
    box = find_error_dialog(s)
    assert box is not None and "save again" in box.text()
    box.close()
    gone.unlink()
    w.reload()
    settle(qtbot, s)
    qtbot.waitUntil(lambda: "missing" in s.signer_label.text())
    save_as(qtbot, s, tmp_path / "x.pdf")
    dialog = password_dialog(qtbot, s)
    assert dialog.missing.isVisible()
    sign_with(qtbot, s, dialog, PASSWORD)
    box = find_error_dialog(dialog)
    assert box is not None and "cannot read the signing certificate" in box.text()
    box.close()
    dialog.reject()
    assert not (tmp_path / "x.pdf").exists()
