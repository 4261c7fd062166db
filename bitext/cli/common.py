"""Options shared by several commands."""

from __future__ import annotations

import argparse
import sys


def add_output(parser: argparse.ArgumentParser, default: str = "-") -> None:
    parser.add_argument("-o", "--output", default=default, help=f"output file, - for standard output (default: {default})")
    parser.add_argument("--force", action="store_true", help="overwrite an existing output file")


def add_quiet(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def show_progress(args: argparse.Namespace) -> bool:
    """Progress bars only for a person watching a terminal."""
    return not getattr(args, "quiet", False) and sys.stderr.isatty()
