"""Render resources/icons/repatplan.svg into the icon files the app and the installers use.

    .venv/bin/python packaging/make_icons.py [--out DIR]

Writes, next to the SVG (or into --out):

* ``repatplan-16.png`` … ``repatplan-256.png`` (and 512): window and Linux desktop icons;
* ``repatplan.ico``: Windows (16, 24, 32, 48, 64, 128, 256 px in one file);
* ``repatplan.iconset/`` (Apple's names, up to 512@2x) and ``repatplan.icns``: macOS.

Every size is rendered from the vector with Qt (QSvgRenderer into a QImage); Pillow, which
ReportLab already needs, packs the ICO and ICNS files. The outputs are committed, so a build never
needs this script; run it after editing the SVG.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "repatplan.svg"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: Apple's iconset names: (file name, pixels)
ICONSET = tuple(
    (f"icon_{pt}x{pt}{suffix}.png", pt * scale)
    for pt in (16, 32, 128, 256, 512)
    for suffix, scale in (("", 1), ("@2x", 2))
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn into a transparent size×size image, antialiased."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # (stub wants bytes)
        raise OSError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def make_icons(svg: Path, out: Path) -> list[Path]:
    """Write every icon file into `out`; returns the paths written."""
    from PIL import Image  # ReportLab's dependency, so always installed with repatplan

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg}")
    out.mkdir(parents=True, exist_ok=True)
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(px for _, px in ICONSET)})
    pngs = {px: png_bytes(render(renderer, px)) for px in sizes}
    written: list[Path] = []

    def write(path: Path, data: bytes) -> None:
        path.write_bytes(data)
        written.append(path)

    for px in PNG_SIZES:
        write(out / f"repatplan-{px}.png", pngs[px])
    iconset = out / "repatplan.iconset"
    iconset.mkdir(exist_ok=True)
    for name, px in ICONSET:
        write(iconset / name, pngs[px])

    images = {px: Image.open(io.BytesIO(data)).convert("RGBA") for px, data in pngs.items()}
    ico = io.BytesIO()
    largest = images[max(ICO_SIZES)]
    largest.save(ico, format="ICO", sizes=[(px, px) for px in ICO_SIZES],
                 append_images=[images[px] for px in ICO_SIZES if px != max(ICO_SIZES)])
    write(out / "repatplan.ico", ico.getvalue())
    icns = io.BytesIO()
    icns_sizes = sorted({px for _, px in ICONSET})
    images[max(icns_sizes)].save(icns, format="ICNS",
                                 append_images=[images[px] for px in icns_sizes[:-1]])
    write(out / "repatplan.icns", icns.getvalue())
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the repatplan icon in every format.")
    parser.add_argument("--svg", type=Path, default=SVG, help="source SVG (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=ICONS,
                        help="folder for the outputs (default: %(default)s)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    written = make_icons(args.svg, args.out)
    del app
    for path in written:
        print(path)  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
