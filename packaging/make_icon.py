"""Draw the app icon: resources/icons/kehoach.png (256 px) and kehoach.ico (16–256 px).

A dark blue rounded square with a white page of a plan and a green tick: shapes only, no
font, so that it reads at 16 px and the drawing does not depend on the machine. The files are
committed; run this again only to change the design: ``python packaging/make_icon.py``.
"""

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
BLUE = (22, 70, 130, 255)
PAGE = (255, 255, 255, 255)
LINE = (150, 180, 215, 255)
GREEN = (34, 160, 90, 255)
SIZE = 1024  # drawn large, then scaled down for each icon size
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]


def draw(simple: bool = False) -> Image.Image:
    """The icon at SIZE px; ``simple`` leaves out the text lines (for 16–24 px)."""
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((32, 32, SIZE - 32, SIZE - 32), radius=200, fill=BLUE)
    # The page, its top-right corner folded.
    left, top, right, bottom, fold = 250, 170, 720, 850, 130
    pen.polygon(
        [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)],
        fill=PAGE,
    )
    pen.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill=LINE)
    if not simple:
        for row, length in enumerate([300, 370, 330, 220]):
            y = 330 + row * 95
            pen.rounded_rectangle((left + 60, y, left + 60 + length, y + 36), 18, fill=LINE)
    # A green disc with a white tick over the page's lower right corner.
    cx, cy, r = 700, 740, 190
    pen.ellipse((cx - r - 28, cy - r - 28, cx + r + 28, cy + r + 28), fill=BLUE)
    pen.ellipse((cx - r, cy - r, cx + r, cy + r), fill=GREEN)
    pen.line(
        [(cx - 95, cy + 5), (cx - 25, cy + 80), (cx + 105, cy - 75)],
        fill=PAGE,
        width=58,
        joint="curve",
    )
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    full, simple = draw(), draw(simple=True)
    frames = [
        (simple if size <= 24 else full).resize((size, size), Image.Resampling.LANCZOS)
        for size in ICO_SIZES
    ]
    frames[-1].save(ICONS / "kehoach.png", optimize=True)
    frames[-1].save(
        ICONS / "kehoach.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=frames[:-1],
    )
    print(ICONS / "kehoach.png", ICONS / "kehoach.ico")


if __name__ == "__main__":
    main()
