"""JSON on stdout: UTF-8, NFC, Decimals as exact numbers, dates in ISO 8601."""

import json
import sys
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ..core.text import nfc


def _plain(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {nfc(str(k)): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def print_json(value: Any) -> None:
    text = json.dumps(_plain(value), ensure_ascii=False, indent=2)
    sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
    sys.stdout.flush()


def say(text: str) -> None:
    """A line for people, on stdout, in UTF-8 whatever the console's code page."""
    sys.stdout.buffer.write((nfc(text) + "\n").encode("utf-8"))
    sys.stdout.flush()


def answer(args: Any, value: Any, *lines: str) -> int:
    """A command's result: ``value`` as JSON with ``--json``, else ``lines`` for people; the
    exit code (0)."""
    if getattr(args, "json", False):
        print_json(value)
    else:
        for line in lines:
            say(line)
    return 0
