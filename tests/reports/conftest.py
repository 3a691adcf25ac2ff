"""Fixtures: the sample report written once per test session in each format."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kehoach_desktop.reports.docx import write_docx
from kehoach_desktop.reports.model import ReportDocument
from kehoach_desktop.reports.pdf import write_pdf
from kehoach_desktop.reports.xlsx import write_xlsx
from tests.reports.sample import build_sample_report

PT_PER_MM = 72 / 25.4


def map_strings(value: Any, fn: Callable[[str], str]) -> Any:
    """A copy of a document (or part of it) with ``fn`` applied to every string."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [map_strings(item, fn) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: map_strings(getattr(value, f.name), fn) for f in dataclasses.fields(value)
        }
        return dataclasses.replace(value, **changes)
    return value


def decomposed(doc: ReportDocument) -> ReportDocument:
    """The document with every string in NFD, as some Windows/macOS clipboards deliver it."""
    return map_strings(doc, lambda s: unicodedata.normalize("NFD", s))


@dataclass
class Word:
    text: str
    x0: float
    y0: float  # from the top of the page, in points
    x1: float
    y1: float


@dataclass
class Page:
    width: float
    height: float
    words: list[Word]


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def pdf_words(path: Path) -> list[Page]:
    """Every page's words with their boxes, from poppler's ``pdftotext -bbox``."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages: list[Page] = []
    for chunk in html.split("<page ")[1:]:
        size = _PAGE.match("<page " + chunk)
        assert size is not None
        words = [
            Word(_unescape(m[5]), float(m[1]), float(m[2]), float(m[3]), float(m[4]))
            for m in _WORD.finditer(chunk)
        ]
        pages.append(Page(float(size[1]), float(size[2]), words))
    return pages


def _unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    )


def pdf_text(path: Path, layout: bool = True, first: int | None = None,
             last: int | None = None) -> str:  # fmt: skip
    """Text of the PDF (``pdftotext -layout``), optionally of a page range."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if first is not None:
        args += ["-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    return subprocess.run(
        [*args, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture(scope="session")
def sample() -> ReportDocument:
    return build_sample_report()


@pytest.fixture(scope="session")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory, sample: ReportDocument) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "bao_cao.pdf"
    write_pdf(sample, path)
    return path


@pytest.fixture(scope="session")
def sample_words(sample_pdf: Path) -> list[Page]:
    return pdf_words(sample_pdf)


@pytest.fixture(scope="session")
def sample_docx(tmp_path_factory: pytest.TempPathFactory, sample: ReportDocument) -> Path:
    path = tmp_path_factory.mktemp("docx") / "bao_cao.docx"
    write_docx(sample, path)
    return path


@pytest.fixture(scope="session")
def sample_xlsx(tmp_path_factory: pytest.TempPathFactory, sample: ReportDocument) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "bao_cao.xlsx"
    write_xlsx(sample, path)
    return path
