"""The shape of the code: no import circles in ``src/newsclean``, no module too long to read."""

from __future__ import annotations

import ast
import re
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SOURCE / "newsclean"


def module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}
#: The most lines a module of code may have; the word lists of one language (``lang/<code>.py``) are data.
MAX_LINES = 400


def imports(name: str, source: str | None = None) -> set[str]:
    """The newsclean modules module ``name`` (or ``source`` in its place) imports, anywhere in it (inside
    functions too): ``from a import b`` counts as importing ``a.b`` when that is a module, else ``a``."""
    found: set[str] = set()
    text = MODULES[name].read_text(encoding="utf-8") if source is None else source
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert not node.level, f"{name}: the package imports itself by absolute names only"
            base = node.module or ""
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
    return {module for module in found if module in MODULES and module != name}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_circle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_the_walk_sees_imports_inside_functions() -> None:
    source = "import os\n\ndef later():\n    from newsclean.registry import REGISTRY\n    import newsclean.fields\n"
    assert imports("newsclean.pipeline", source) == {"newsclean.registry", "newsclean.fields"}


def test_a_name_imported_from_a_package_is_its_module_when_it_is_one() -> None:
    source = "from newsclean.fields import title\nfrom newsclean import clean\n"
    assert imports("newsclean.pipeline", source) == {"newsclean.fields.title", "newsclean"}


def test_no_import_circle_in_the_package() -> None:
    graph = {name: imports(name) for name in MODULES}
    assert circles(graph) == []


def test_no_module_of_code_is_over_the_limit() -> None:
    languages = re.compile(r"newsclean\.lang\.[a-z]{2}")
    long = {
        name: lines
        for name, path in MODULES.items()
        if not languages.fullmatch(name) and (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"split these by responsibility (at most {MAX_LINES} lines): {long}"
