"""Commands of this area (filled in by its issue)."""

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this area's commands to `kehoach`."""
