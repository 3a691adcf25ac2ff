"""Office files (.docx, .xlsx) that come out byte for byte the same when written again.

Both are zip packages: every entry carries the time it was written, and openpyxl stamps the
save time into ``docProps/core.xml`` whatever the workbook says. A recorded report must be
written again identically, so after saving, the package is rewritten with one fixed moment
(the report's own date) in the entries and in the document properties.
"""

from __future__ import annotations

import os
import re
import zipfile
from datetime import datetime
from pathlib import Path

_CORE = "docProps/core.xml"
_STAMPED = re.compile(r"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:)")


def make_reproducible(path: str | os.PathLike[str], when: datetime) -> None:
    """Rewrite the zip package at ``path`` so that its bytes depend on its content only."""
    path = Path(path)
    stamp = when.replace(microsecond=0).isoformat() + "Z"
    date_time = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    tmp = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(tmp, "w") as target:
        for info, data in entries:
            if info.filename == _CORE:
                text = data.decode("utf-8")
                data = _STAMPED.sub(lambda m: m[1] + stamp + m[2], text).encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=date_time)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 0
            target.writestr(fixed, data)
    os.replace(tmp, path)
