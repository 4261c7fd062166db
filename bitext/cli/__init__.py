"""The ``bitext`` command line: argument parsing only; the work is in the API.

Each command group lives in its own module with a ``register(subparsers)``
function; :data:`COMMANDS` lists them in the order ``--help`` shows them.

Exit codes: 0 success, 1 findings (``review --strict``), 2 usage error,
65 bad input, 69 no translation model, 73 cannot write output,
130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback

from .. import __version__
from ..io import BitextError

COMMANDS = ["annotate", "align", "review", "glossary", "html", "batch", "models"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bitext",
        description="Chinese–English bilingual annotation: TEI P5 with pinyin, offline MT, glossary review.",
    )
    parser.add_argument("--version", action="version", version=f"bitext {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on errors")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f".{name}", __name__).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args) or 0
    except BitextError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"bitext: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("bitext: interrupted; no partial output was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 141
