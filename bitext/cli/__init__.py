"""The ``bitext`` command line: argument parsing only; the work is in the API.

Each command group lives in its own module with a ``register(subparsers)``
function; :data:`COMMANDS` lists them in the order ``--help`` shows them.

Exit codes: 0 success, 1 findings (``review --strict``), 2 usage error,
65 bad input, 69 no translation model, 70 internal error (a bug), 73 cannot write
output, 130 interrupted (SIGINT or SIGTERM).
"""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
import threading
import traceback

from .. import __version__
from ..io import BitextError

COMMANDS = ["annotate", "align", "review", "glossary", "xliff", "html", "batch", "models"]


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
    previous = _interrupt_on_sigterm()
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
    except Exception as exc:  # a bug: one line for the user, the traceback with --debug
        if args.debug:
            raise
        print(f"bitext: internal error: {type(exc).__name__}: {exc} (run with --debug for details; please report)",
              file=sys.stderr)
        return 70  # EX_SOFTWARE
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _interrupt_on_sigterm():
    """SIGTERM (kill, a job scheduler) stops a command the way Ctrl-C does: cleanly, exit 130."""

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, interrupt)
