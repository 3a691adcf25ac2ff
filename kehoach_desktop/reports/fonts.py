"""The bundled report font: Liberation Serif (Times New Roman metrics, SIL OFL 1.1).

The TTFs and their licence live in ``resources/fonts/`` at the repository root, and under
``sys._MEIPASS/resources/fonts`` in a PyInstaller build (see :func:`kehoach_desktop.paths.
resource_root`, which already knows both places).
"""

import functools
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kehoach_desktop.paths import resource_root

#: Family name used by the PDF writer; Word and Excel files name Times New Roman instead,
#: which LibreOffice maps to Liberation Serif (same metrics).
FAMILY = "LiberationSerif"
OFFICE_FONT = "Times New Roman"

#: Face name → file name. Faces are registered in reportlab under these names.
FACES = {
    "LiberationSerif": "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic": "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FACES


def font_dir() -> Path:
    """The folder holding the bundled TTFs (source tree or frozen build)."""
    return resource_root() / "resources" / "fonts"


def font_path(face: str) -> Path:
    """The TTF file of a face named in :data:`FACES`."""
    return font_dir() / FACES[face]


@functools.cache
def register_pdf_fonts() -> None:
    """Register the four faces and their family with reportlab, once per process.

    Loading the TTFs costs ~50 ms; reportlab keeps them in a process-wide registry.
    """
    for face, file_name in FACES.items():
        path = font_dir() / file_name
        if not path.is_file():
            raise FileNotFoundError(f"Thiếu phông chữ báo cáo: {path}")
        pdfmetrics.registerFont(TTFont(face, str(path)))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )


def text_width(text: str, face: str, size: float) -> float:
    """Width in points of ``text`` set in ``face`` at ``size`` (Times New Roman metrics)."""
    register_pdf_fonts()
    return pdfmetrics.stringWidth(text, face, size)


# Words that start the second line of a body's name: "ỦY BAN NHÂN DÂN / XÃ TÀ LÀI".
_LEVEL_WORDS = ("XÃ", "PHƯỜNG", "THỊ TRẤN", "ĐẶC KHU", "HUYỆN", "QUẬN", "THỊ XÃ", "THÀNH PHỐ",
                "TỈNH")  # fmt: skip


def fit_body_name(lines: list[str], face: str, size: float, width: float) -> list[str]:
    """Break an (upper-case) body name that is too wide for ``width`` where an official
    heading breaks it: before the administrative level ("ỦY BAN NHÂN DÂN / XÃ TÀ LÀI"),
    rather than wherever the words run out. Lines that fit, or have no such word, are kept.
    """
    out: list[str] = []
    for line in lines:
        if text_width(line, face, size) <= width:
            out.append(line)
            continue
        words = line.split()
        cut = next(
            (
                i
                for i in range(1, len(words))
                if any(" ".join(words[i:]).startswith(level + " ") for level in _LEVEL_WORDS)
                and not " ".join(words[i:]).startswith("XÃ HỘI")  # "Văn hóa - Xã hội"
            ),
            None,
        )
        if cut is None:
            out.append(line)
        else:
            out += [" ".join(words[:cut]), " ".join(words[cut:])]
    return out
