"""The ``bitext`` command line: argument parsing only; the work is in the API.

Each command group lives in its own module with a ``register(subparsers)``
function; :data:`COMMANDS` lists them in the order ``--help`` shows them.

Exit codes: 0 success, 1 findings (``review --strict``, ``glossary check``) or
some files failed (``batch``), 2 usage error, 65 bad input, 69 no translation
model, 70 internal error (a bug), 73 cannot write output, 130 interrupted
(SIGINT or SIGTERM).  Every message is one line with its control characters
escaped (:func:`bitext.terminal.printable`).
"""

from __future__ import annotations

import argparse
import errno
import importlib
import signal
import sys
import threading
import traceback

from .. import __version__
from ..io import BitextError, OutputError, silence_stdout
from ..terminal import printable
from .common import check_output_args

COMMANDS = ["annotate", "align", "review", "glossary", "xliff", "html", "batch", "models"]

#: What each command can do without a translation model (added to the "no model" error).
NO_MODEL_ALTERNATIVE = {
    "annotate": "or run `bitext annotate --mt none` for the Chinese with pinyin only",
    "html": "or run `bitext html --mt none` for a page without English",
    "batch": "or run `bitext batch --mt none` for the Chinese with pinyin only",
    "review": "or run `bitext review --mt none` to review without checking the MT",
    "align": "or give the machine translation of the Chinese yourself with `bitext align --mt-file FILE`",
}


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
        check_output_args(args)
        code = args.run(args) or 0
        _flush_stdout()
        return code
    except BrokenPipeError:
        silence_stdout()
        return 141
    except OSError as exc:
        cannot_write = _stdout_failed() or _disk_full(exc)
        if cannot_write is None:  # a bug, as below
            return _internal_error(args, exc)
        print(f"bitext: error: {printable(cannot_write)}", file=sys.stderr)
        return cannot_write.exit_code
    except BitextError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"bitext: error: {printable(_for_command(exc, args.command))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("bitext: interrupted; no partial output was written", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback with --debug
        return _internal_error(args, exc)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _for_command(error: BitextError, command: str) -> BitextError:
    from ..mt.packages import ModelNotInstalled

    if isinstance(error, ModelNotInstalled) and command in NO_MODEL_ALTERNATIVE:
        return error.with_alternative(NO_MODEL_ALTERNATIVE[command])
    return error


def _internal_error(args: argparse.Namespace, exc: Exception) -> int:
    if args.debug:
        raise exc
    print(f"bitext: internal error: {printable(type(exc).__name__)}: {printable(exc)} "
          "(run with --debug for details; please report)", file=sys.stderr)
    return 70  # EX_SOFTWARE


def _stdout_failed() -> OutputError | None:
    """The error of a standard output that cannot take what was printed (a print to ``/dev/full``), else None."""
    try:
        _flush_stdout()
    except OutputError as exc:
        return exc
    return None


def _disk_full(exc: OSError) -> OutputError | None:
    """A full disk or quota (a print to ``/dev/full`` too) is exit 73, never an internal error."""
    if exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return None
    return OutputError(f"{exc.filename or 'output'}: cannot write ({exc.strerror})")


def _flush_stdout() -> None:
    """What the command printed reaches standard output now, so a full disk (``/dev/full``) is exit 73."""
    if sys.stdout is None:
        return
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        silence_stdout()
        raise OutputError(f"standard output: cannot write ({getattr(exc, 'strerror', None) or exc})") from None


def _interrupt_on_sigterm():
    """SIGTERM (kill, a job scheduler) stops a command the way Ctrl-C does: cleanly, exit 130."""

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, interrupt)
