"""Zip entries that must never be trusted, whatever the container (plan files, packages).

A zip entry's name could point outside the folder it would be unpacked into, and its mode
could make it a symbolic link; no Word/Excel file or data package has either, so importers
refuse such files outright, naming the entry.
"""

import re
import stat
import zipfile


def escaping_path(name: str) -> str | None:
    """Why the entry ``name`` could land outside its folder (an absolute path, a drive
    letter, or a “..” part, with either kind of slash), in Vietnamese; None when it cannot."""
    path = name.replace("\\", "/")
    if path.startswith("/") or re.match(r"[A-Za-z]:", path):
        return "đường dẫn tuyệt đối không được phép"
    if ".." in path.split("/"):
        return "đường dẫn chứa “..” (thoát ra ngoài thư mục) không được phép"
    return None


def is_symlink(info: zipfile.ZipInfo) -> bool:
    """True when the entry is stored as a symbolic link (its Unix mode says so)."""
    return stat.S_ISLNK(info.external_attr >> 16)
