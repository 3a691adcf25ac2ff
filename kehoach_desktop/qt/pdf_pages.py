"""PDF pages as QImages, through pdfium (pypdfium2): this PySide6 build has no QtPdf.

Safe to call from a worker thread (QImage is reentrant); the caller turns the images into
pixmaps on the GUI thread.
"""

from pathlib import Path

from PySide6.QtGui import QImage


def render_pages(path: str | Path, dpi: float = 96.0, first: int = 0, count: int | None = None
                 ) -> list[QImage]:  # fmt: skip
    """Render pages ``first`` .. ``first + count - 1`` (all by default) at ``dpi``."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        last = len(pdf) if count is None else min(len(pdf), first + count)
        images = []
        for index in range(first, last):
            page = pdf[index]
            try:
                bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)  # RGB(A) byte order
                fmt = (
                    QImage.Format.Format_RGB888
                    if bitmap.n_channels == 3
                    else QImage.Format.Format_RGBA8888
                )
                image = QImage(
                    bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt
                ).copy()  # own the pixels: the bitmap's buffer goes away with it
                bitmap.close()
            finally:
                page.close()
            image.setDotsPerMeterX(round(dpi / 0.0254))
            image.setDotsPerMeterY(round(dpi / 0.0254))
            images.append(image)
        return images
    finally:
        pdf.close()


def page_count(path: str | Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()
