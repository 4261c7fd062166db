"""Text bound for a terminal, made harmless: control characters shown escaped.

A file name or a line of an article can hold ESC sequences (which move the
cursor, retitle the window, rewrite what was printed before), a newline that
fakes a second message, bidirectional overrides that reorder what is shown,
or undecodable bytes of a file name.  Every value a command prints to a
terminal goes through :func:`printable` first; the escapes read like Python's
(``\\x1b``, ``\\n``, ``\\u202e``), and an undecodable byte of a file name shows
as ``\\xff``.
"""

from __future__ import annotations

import re

#: C0 and C1 controls, DEL, bidirectional marks, embeddings, overrides and isolates, and the
#: surrogates a non-UTF-8 file name decodes to (``surrogateescape``).
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_IN_JSON = re.compile(UNSAFE.pattern.replace("\x00-\x1f", "\x00-\x08\x0b\x0c\x0e-\x1f"))
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as surrogateescape keeps it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """``text`` (any value, as ``str()`` shows it) with every control character escaped: one line."""
    return UNSAFE.sub(_escape, str(text))


def printable_lines(text: str) -> str:
    """Several lines for a terminal: each line made :func:`printable`, the line breaks kept."""
    return "\n".join(printable(line) for line in text.split("\n"))


def printable_json(text: str) -> str:
    """JSON text with the characters :data:`UNSAFE` matches written as ``\\u001b``-style escapes: the same values, safe to show.

    Outside strings JSON allows only the whitespace tab, CR and LF (left as
    they are: inside strings the encoder already escaped them); every other
    such character stands inside a string, where the escape means the same.
    """
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
