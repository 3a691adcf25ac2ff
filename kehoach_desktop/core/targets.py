"""Targets (chỉ tiêu) as plans print them: "≥ 80%", "100 (trừ văn bản mật)", "Không sự cố".

The printed text is always kept; comparator, value and unit are added where the text says them.

A bare number ("80%", "100%") in a target column is read as a minimum: plans state what a
commune must reach, and reaching more is never a failure ("đạt 90%" is met by 95%). Such targets
carry ``implied=True`` so a screen can show that the "≥" was not printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from kehoach_desktop.core.domain import Comparator
from kehoach_desktop.core.text import clean

_LATEX = (
    (re.compile(r"\\geqslant|\\geq|\\ge(?![a-z])"), "≥"),
    (re.compile(r"\\leqslant|\\leq|\\le(?![a-z])"), "≤"),
    (re.compile(r"\\%"), "%"),
    (re.compile(r"\\times"), "×"),
    (re.compile(r"\\[,;: ]"), " "),
    (re.compile(r"\\(?:text|mathrm|mathbf)\{([^}]*)\}"), r"\1"),
)


def strip_latex(text: str) -> str:
    """Turn LaTeX that leaked into a document back into the printed signs.

    Some plans were typed through a converter that left "$\\geq 2\\%$" where the paper shows
    "≥ 2%". Text without a "$" or a backslash command is returned unchanged.
    """
    if "$" not in text and "\\" not in text:
        return text
    for pattern, replacement in _LATEX:
        text = pattern.sub(replacement, text)
    text = text.replace("$", "")
    text = re.sub(r"(?<=\d)\s+%", "%", text)
    return text


_NUMBER = r"\d+(?:[.,]\d+)*"
_NUMBER_RE = re.compile(_NUMBER)


def parse_decimal(token: str) -> Decimal | None:
    """A number as Vietnamese documents write it, or None.

    "2.100" and "1.234.567" (dot thousands), "3,440" (comma thousands, as in Tà Lài's total),
    "2,5" and "0,75" (decimal comma), "1.234,5" and "1,234.5". One separator followed by exactly
    three digits is read as thousands unless the integer part is 0: "1,500" is 1500, not 1.5.
    """
    token = token.strip()
    if not re.fullmatch(_NUMBER, token):
        return None
    separators = [ch for ch in token if ch in ".,"]
    try:
        if not separators:
            return Decimal(token)
        groups = re.split(r"[.,]", token)
        if len(set(separators)) == 2:
            decimal_sep = separators[-1]
            thousands = "," if decimal_sep == "." else "."
            whole, _, fraction = token.rpartition(decimal_sep)
            return Decimal(whole.replace(thousands, "") + "." + fraction)
        if len(separators) > 1:
            if all(len(g) == 3 for g in groups[1:]):
                return Decimal("".join(groups))
            return None
        whole, fraction = groups
        if len(fraction) == 3 and whole != "0":
            return Decimal(whole + fraction)
        return Decimal(whole + "." + fraction)
    except InvalidOperation:
        return None


@dataclass(frozen=True)
class Target:
    """A target as printed (``text``) with what it says, where it says it."""

    text: str
    comparator: Comparator | None = None
    value: Decimal | None = None
    unit: str | None = None
    implied: bool = False

    @property
    def is_text_only(self) -> bool:
        """True when the target has no number to compare against ("Không sự cố")."""
        return self.value is None


_AT_LEAST_WORDS = (
    "lớn hơn hoặc bằng",
    "không thấp hơn",
    "không ít hơn",
    "không dưới",
    "tối thiểu",
    "ít nhất",
    "trên",
    "hơn",
    "từ",
)
_AT_MOST_WORDS = (
    "nhỏ hơn hoặc bằng",
    "không vượt quá",
    "không cao hơn",
    "không quá",
    "tối đa",
    "dưới",
)
_SYMBOLS = (
    (">=", Comparator.AT_LEAST),
    ("=>", Comparator.AT_LEAST),
    ("<=", Comparator.AT_MOST),
    ("=<", Comparator.AT_MOST),
    ("≥", Comparator.AT_LEAST),
    ("⩾", Comparator.AT_LEAST),
    ("≤", Comparator.AT_MOST),
    ("⩽", Comparator.AT_MOST),
    (">", Comparator.AT_LEAST),
    ("<", Comparator.AT_MOST),
    ("=", Comparator.EQUAL),
)
_LEAD_WORDS = ("phấn đấu đạt", "phấn đấu", "đạt mức", "đạt", "là", "bằng", "ở mức")


def _take_comparator(text: str) -> tuple[Comparator | None, str]:
    """Split a leading comparator (sign or words) off ``text``."""
    for sign, comparator in _SYMBOLS:
        if text.startswith(sign):
            return comparator, text[len(sign) :].lstrip()
    lower = text.lower()
    for words, comparator in (
        *((w, Comparator.AT_LEAST) for w in _AT_LEAST_WORDS),
        *((w, Comparator.AT_MOST) for w in _AT_MOST_WORDS),
    ):
        if lower.startswith(words + " ") and re.match(r"\s*\d", text[len(words) :]):
            return comparator, text[len(words) :].lstrip()
    return None, text


def _strip_lead_words(text: str) -> str:
    lower = text.lower()
    for words in _LEAD_WORDS:
        if lower.startswith(words + " ") or lower.startswith(words + ":"):
            return text[len(words) + 1 :].lstrip(" :")
    return text


_UNIT_STOP = re.compile(r"[(;,]|\s-\s|\s–\s")


def _unit_after(rest: str) -> str | None:
    """The unit that follows a number: "%" or the words up to a bracket or a comma."""
    rest = rest.lstrip()
    if rest.startswith("%"):
        return "%"
    if not rest or not rest[0].isalpha():
        return None
    words = _UNIT_STOP.split(rest, maxsplit=1)[0].strip().rstrip(".")
    if not words or len(words.split()) > 4:
        return None
    return words


def parse_target(text: str | None) -> Target:
    """Read a target cell.

    "≥ 80%" and ">= 80 %" → (≥, 80, "%"); "≤ 5 ngày" → (≤, 5, "ngày"); "≥ 4 báo cáo/năm" →
    (≥, 4, "báo cáo/năm"); "$\\geq 2\\%$" → (≥, 2, "%"); a bare "80%" or "100 (trừ văn bản mật)"
    → ≥ with ``implied=True``; "tối thiểu 98%", "không quá 5 ngày" → from the words; a range
    "≥ 150-300 người" keeps its lower end. Text that does not start with a comparator or a
    number ("Thuộc Nhóm 20 xã, phường đứng đầu", "Không sự cố") is text only.
    """
    written = clean(strip_latex(clean(text)))
    if not written:
        return Target("")
    body = _strip_lead_words(written)
    comparator, body = _take_comparator(body)
    number = re.match(rf"({_NUMBER})(?:\s*[-–]\s*{_NUMBER})?", body)
    if not number:
        return Target(written)
    value = parse_decimal(number[1])
    if value is None:
        return Target(written)
    unit = _unit_after(body[number.end() :])
    implied = comparator is None
    return Target(written, comparator or Comparator.AT_LEAST, value, unit, implied)


@dataclass(frozen=True)
class TargetSentence:
    """A target stated as a sentence: "(16) Tỷ lệ người dân … có chữ ký số ≥ 50%."."""

    code: str | None
    name: str
    target: Target


_SENTENCE_CODE = re.compile(r"^\s*(?:\((\d+)\)|(\d+)[.)])\s*")
_BULLET = re.compile(r"^\s*[-+•*–—]\s*")
_CMP_WORDS = "|".join(re.escape(w) for w in (*_AT_LEAST_WORDS, *_AT_MOST_WORDS))
_TARGET_PHRASE = re.compile(
    rf"(?:(?:[≥≤⩾⩽<>=]=?|=>|=<)\s*|(?<![\w])(?:{_CMP_WORDS})\s+)?({_NUMBER})"
    rf"(?:\s*[-–]\s*{_NUMBER})?(\s*%)?",
    re.IGNORECASE,
)
_NOT_A_TARGET_BEFORE = re.compile(
    r"(?:\bnăm|giai đoạn|\bngày|\btháng|\bquý|(?:nghị quyết|quyết định|kế hoạch|công văn) số)\s*$",
    re.IGNORECASE,
)
_TRAILING_VERBS = re.compile(r"[\s:,]*(?:\b(?:phấn đấu đạt|đạt|là|bằng|ở mức)\b[\s:]*)?$", re.I)


def _tidy_name(name: str) -> str:
    name = name.strip(" :;,.-–")
    return name[:1].upper() + name[1:] if name else name


def parse_target_sentence(text: str | None) -> TargetSentence | None:
    """Read a target stated as a numbered or bulleted sentence, or None if it states none.

    "(16) Tỷ lệ người dân trưởng thành có chữ ký số ≥ 50%." → code "16", name "Tỷ lệ người dân
    trưởng thành có chữ ký số", ≥ 50 %; "- 80% người dân trưởng thành có VNeID." → name "Tỷ lệ
    người dân trưởng thành có VNeID", ≥ 80 % (implied); "Tỷ lệ giải quyết hồ sơ đúng hạn đạt tối
    thiểu 98%." → ≥ 98 %. A number counts as a target only with a "%" or a comparator, or at the
    very end of the sentence; years ("năm 2030") never do.
    """
    written = clean(strip_latex(clean(text)))
    code: str | None = None
    match = _SENTENCE_CODE.match(written)
    if match:
        code = match[1] or match[2]
        written = written[match.end() :]
    else:
        written = _BULLET.sub("", written, count=1)
    written = written.rstrip(" .;")
    if not written:
        return None

    # Value first: "80% người dân trưởng thành có VNeID", "Phấn đấu từ 80% người dân …".
    lead = _strip_lead_words(written)
    comparator, after = _take_comparator(lead)
    first = re.match(rf"({_NUMBER})(\s*%)\s+(\S.*)$", after)
    if first:
        value = parse_decimal(first[1])
        rest = first[3]
        if value is not None:
            target_text = written[: len(written) - len(rest)].strip()
            if not re.match(r"t[ỷỉ] lệ\b", rest, re.I):
                rest = "tỷ lệ " + rest
            target = Target(
                target_text, comparator or Comparator.AT_LEAST, value, "%", comparator is None
            )
            return TargetSentence(code, _tidy_name(rest), target)

    # Value last: the last number that has a "%" or a comparator, or ends the sentence.
    chosen: re.Match[str] | None = None
    for candidate in _TARGET_PHRASE.finditer(written):
        before = written[: candidate.start()]
        if _NOT_A_TARGET_BEFORE.search(before):
            continue
        has_percent = bool(candidate[2])
        has_comparator = candidate.start(1) > candidate.start()
        at_end = not written[candidate.end() :].strip(" .")
        if has_percent or has_comparator or at_end:
            chosen = candidate
    if chosen is None:
        return None
    name = _TRAILING_VERBS.sub("", written[: chosen.start()])
    target_text = written[chosen.start() :].strip()
    if not name.strip():
        return None
    if len(name.split()) < 3:
        # "Tổ chức ít nhất 4 lớp tập huấn/năm": the words after the number are the subject.
        name = written
    target = parse_target(target_text)
    if target.value is None:
        return None
    return TargetSentence(code, _tidy_name(name), target)
