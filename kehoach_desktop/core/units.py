"""Units (đơn vị) as plans print them, and how printed names find the commune's units.

Plans name one office many ways: "Phòng VH-XH", "Phòng Văn hóa – Xã hội" (en dash), "Phòng Văn
hóa - xã hội xã", "Phòng VHXH", even the typo "Phòng VHXXH". :func:`unit_key` folds each to one
comparison key; :class:`UnitResolver` maps keys to the commune's unit ids; :func:`split_unit_names`
cuts a partner cell ("Các phòng, ban chuyên môn xã; Hợp tác xã") into the names it lists.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence

from kehoach_desktop.core.text import clean, fold

# Word sequences (folded, space separated) that mean the same office part; longest first within
# each step. Abbreviations are joined into the key, so "VH-XH" (two tokens) and "VHXH" meet.
_PHRASES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (tuple(a.split()), tuple(b.split()))
    for a, b in (
        ("uy ban nhan dan", "ubnd"),
        ("hoi dong nhan dan", "hdnd"),
        ("uy ban", "ub"),
        ("mat tran to quoc", "mttq"),
        ("viet nam", "vn"),
        ("van hoa xa hoi", "vh xh"),
        ("vhxxh", "vh xh"),
        ("vhxx", "vh xh"),
        ("hanh chinh cong", "hcc"),
        ("hanh chinh", "hc"),
        ("phuc vu", "pv"),
        ("phu vu", "pv"),
        ("dich vu tong hop", "dvth"),
        ("trung tam", "tt"),
        ("kinh te", "kt"),
        ("khoa hoc cong nghe", "kh cn"),
        ("vp", "van phong"),
        ("ubnd hdnd", "hdnd ubnd"),
        ("thanh nien cong san ho chi minh", "tn"),
        ("tncs ho chi minh", "tn"),
        ("thanh nien", "tn"),
        ("lien hiep phu nu", "phu nu"),
        ("lhpn", "phu nu"),
        ("hoi nong dan", "hnd"),
        ("cong nghe so cong dong", "cnscd"),
        ("tram y te", "tyt"),
    )
)
_DROPPED_ANYWHERE = {"va", "cua"}


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFD", clean(text).lower().replace("đ", "d"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return [t for t in re.split(r"[^0-9a-z]+", text) if t]


def _replace(tokens: list[str], old: tuple[str, ...], new: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tuple(tokens[i : i + len(old)]) == old:
            out.extend(new)
            i += len(old)
        else:
            out.append(tokens[i])
            i += 1
    return out


def _canonical_tokens(text: str) -> list[str]:
    tokens = [t for t in _tokens(text) if t not in _DROPPED_ANYWHERE]
    if tokens[:2] == ["de", "nghi"]:  # "Đề nghị Ủy ban MTTQ Việt Nam xã" (a request, same unit)
        tokens = tokens[2:]
    if tokens[:1] == ["cac"]:
        tokens = tokens[1:]
    for old, new in _PHRASES:
        tokens = _replace(tokens, old, new)
    while tokens[-2:] == ["cap", "xa"]:
        tokens = tokens[:-2]
    while len(tokens) > 1 and tokens[-1] in {"xa", "phuong"}:
        tokens = tokens[:-1]
    return tokens


def unit_key(text: str) -> str:
    """A key under which every way of printing one unit's name meets.

    Folds case, diacritics, dashes and spacing; expands or joins the usual abbreviations (VH-XH,
    HĐND, UBND, HCC, DVTH, UBMTTQVN …); drops "và", a leading "Các"/"Đề nghị" and a trailing
    "xã". So "Phòng VH-XH", "Phòng Văn hóa – Xã hội", "Phòng VHXH" and "Phòng VHXXH" share a
    key, as do "Văn phòng HĐND-UBND xã", "Văn phòng HĐND và UBND" and "Văn phòng UBND và HĐND".
    """
    key = "".join(_canonical_tokens(text))
    return re.sub(r"mttq(?!vn)", "mttqvn", key)


_UNIT_HEADS = (
    "phòng",
    "văn phòng",
    "trung tâm",
    "công an",
    "trạm",
    "trường",
    "hội",
    "đoàn",
    "ủy ban",
    "uỷ ban",
    "ub",
    "mặt trận",
    "sở",
    "ban",
    "các",
    "tổ",
    "ấp",
    "thôn",
    "hợp tác xã",
    "htx",
    "doanh nghiệp",
    "ngân hàng",
    "bưu điện",
    "quân sự",
    "ban chỉ huy",
    "đảng ủy",
    "đảng uỷ",
    "chi cục",
    "viettel",
    "vnpt",
    "tt",
    "vp",
)


def looks_like_unit(name: str) -> bool:
    """True when ``name`` starts the way office names do ("Phòng …", "Trung tâm …", "UBMTTQ …").

    Used where a plan's "partner" column also carries other things ("Phần mềm AI").
    """
    lower = clean(name).lower()
    return any(lower == head or lower.startswith(head) for head in _UNIT_HEADS)


_COMMA = re.compile(r"\s*,\s*")
_AND_THE = re.compile(r"\s+(?:và|cùng)\s+(?=các\s)", re.IGNORECASE)
# "Phòng VH-XH các phòng, ban chuyên môn xã": a unit name run into "các phòng/ban/…" with the
# separator forgotten.
_RUN_INTO_GENERIC = re.compile(
    r"\s+(?=các (?:phòng|ban|đơn vị|cơ quan|đoàn thể|ngành|tổ chức)\b)", re.IGNORECASE
)


def _starts_lower(text: str) -> bool:
    first = next((ch for ch in text if ch.isalpha()), "")
    return bool(first) and first.islower()


def split_unit_names(text: str | None) -> list[str]:
    """Cut a unit cell into the unit names it prints, in order, each as written.

    Splits on ";" and line breaks (a line that starts in lower case continues the line above:
    a long name wrapped by hand), on a comma only before a capitalised name ("Phòng VH-XH,
    Công an xã" but not "Các phòng, ban chuyên môn xã"), and on "và các …" ("Sở KH-CN và các
    phòng, ban chuyên môn xã"). Bullets and trailing punctuation are dropped.
    """
    if not text:
        return []
    raw = str(text).replace("\r", "\n")
    pieces: list[str] = []
    for line in re.split(r"\n", raw):
        for part in re.split(r"\s*;\s*", line):
            part = clean(part).strip(" .-+•–")
            if not part:
                continue
            if pieces and "\n" in raw and _starts_lower(part) and ";" not in line:
                pieces[-1] = f"{pieces[-1]} {part}"
            else:
                pieces.append(part)
    names: list[str] = []
    for piece in pieces:
        for chunk in _AND_THE.split(piece):
            for sub in _cut_run_in(chunk):
                names.extend(_split_commas(sub))
    return [clean(n).strip(" ,.;") for n in names if clean(n).strip(" ,.;")]


def _cut_run_in(text: str) -> list[str]:
    """ "Phòng VH-XH các phòng, ban …" → ["Phòng VH-XH", "các phòng, ban …"]."""
    match = _RUN_INTO_GENERIC.search(text)
    if match:
        head = text[: match.start()]
        if len(head.split()) >= 2 and "," not in head and looks_like_unit(head):
            return [head, text[match.end() :]]
    return [text]


def _split_commas(text: str) -> list[str]:
    """Split on commas that are followed by a capitalised name."""
    parts = _COMMA.split(text)
    names: list[str] = []
    current = parts[0]
    for nxt in parts[1:]:
        if nxt and not _starts_lower(nxt):
            names.append(current)
            current = nxt
        else:
            current = f"{current}, {nxt}"
    names.append(current)
    return names


class UnitResolver:
    """Maps printed unit names to the commune's unit ids through names, short names and aliases.

    Built from ``[(unit_id, [name, short_name, *aliases])]``. A printed name resolves when its
    :func:`unit_key` equals one of a unit's keys; failing that, without a bracketed remark
    ("Phòng VH-XH (Phối hợp cơ quan)"), then by a close spelling (a typo) when exactly one unit
    is that close.
    """

    def __init__(self, units: Iterable[tuple[object, Sequence[str | None]]]) -> None:
        self._by_key: dict[str, object] = {}
        self._ambiguous: set[str] = set()
        self._spellings: list[tuple[str, str, object]] = []  # (canonical key, plain fold, id)
        for unit_id, names in units:
            for name in names:
                if not name or not unit_key(name):
                    continue
                key = unit_key(name)
                owner = self._by_key.setdefault(key, unit_id)
                if owner != unit_id:
                    self._ambiguous.add(key)
                self._spellings.append((key, fold(name), unit_id))

    def resolve(self, text: str | None) -> object | None:
        """The id of the unit ``text`` names, or None when no unit (or more than one) fits."""
        if not text or not clean(text):
            return None
        bare = re.sub(r"\([^)]*\)", " ", text)
        for candidate in (text, bare):
            key = unit_key(candidate)
            if key in self._by_key:
                return None if key in self._ambiguous else self._by_key[key]
        key, plain = unit_key(bare), fold(bare)
        if len(plain) < 6:
            return None
        best: dict[object, float] = {}
        for known_key, known_plain, unit_id in self._spellings:
            ratio = max(
                difflib.SequenceMatcher(None, key, known_key).ratio(),
                difflib.SequenceMatcher(None, plain, known_plain).ratio(),
            )
            best[unit_id] = max(best.get(unit_id, 0.0), ratio)
        ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
        if not ranked or ranked[0][1] < 0.9:
            return None
        if len(ranked) > 1 and ranked[1][1] > ranked[0][1] - 0.04:
            return None
        return ranked[0][0]

    def split_units(self, text: str | None) -> list[str]:
        """Like :func:`split_unit_names`, and also cuts "Phòng VH-XH các phòng, ban …" where the
        words before "các" name a known unit."""
        names: list[str] = []
        for name in split_unit_names(text):
            if self.resolve(name) is None:
                match = re.search(r"\s+(?=các\s)", name, re.IGNORECASE)
                if match and self.resolve(name[: match.start()]) is not None:
                    names.extend([name[: match.start()], name[match.end() :]])
                    continue
            names.append(name)
        return names
