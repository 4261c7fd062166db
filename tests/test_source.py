"""The package's own source: checks that no test of behaviour would catch in time."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "bitext"


def _top_level_names(tree: ast.Module) -> list[tuple[str, int]]:
    """The names a module binds at its top level (functions, classes, plain and annotated assignments)."""
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append((node.name, node.lineno))
        elif isinstance(node, ast.Assign):
            names += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append((node.target.id, node.lineno))
    return names


def test_no_module_binds_a_top_level_name_twice():
    """A second ``def`` or constant of the same name silently replaces the first for every caller: a table added to
    grouping.py once shadowed another of its name and crashed the review, and a second function of one name changed
    which pairs were kept apart without any test failing.  (``_last`` and other module state are assigned once at
    the top and rebound inside functions, which this does not count.)"""
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        seen: dict[str, int] = {}
        for name, line in _top_level_names(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if name in seen:
                twice.append(f"{path.relative_to(PACKAGE.parent)}: {name} at lines {seen[name]} and {line}")
            seen.setdefault(name, line)
    assert not twice, "\n".join(twice)
