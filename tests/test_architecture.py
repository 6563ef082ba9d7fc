"""The package's shape: layers import only downward, no import cycles, a pinned public API."""

from __future__ import annotations

import ast
import inspect
import typing
from functools import cache
from pathlib import Path

import pytest

import whatcauses

PACKAGE = Path(whatcauses.__file__).parent

# Each top-level part of the package and its layer; a module may import its own layer and
# the layers below it, never above. (text and rank both sit on knowledge; rank may read the
# question reader's types.) The package root is the public API over everything; the version
# lives in a module of its own so that any layer may read it.
LAYERS = {
    "errors": 0, "version": 0, "limits": 0,
    "knowledge": 1,
    "text": 2, "phenopackets": 2,
    "rank": 3,
    "explain": 4,
    "answer": 5,
    "engine": 6,
    "batch": 7, "cli": 7, "http": 7,
    "whatcauses": 8,
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _part(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "whatcauses"
    name = parts[1]
    return "cli" if name.startswith("cli") else name


@cache  # each module is read by the layer test and again by the cycle test: parse it once
def _imports(path: Path) -> list[tuple[str, bool]]:
    """(imported whatcauses module, imported at module level outside TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                found.extend((a.name, top) for a in child.names
                             if a.name.startswith("whatcauses"))
            elif isinstance(child, ast.ImportFrom) and child.level == 0 and child.module:
                if child.module.startswith("whatcauses"):
                    found.append((child.module, top))
            elif (isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test)) or (
                    isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)):
                visit(child, False)
            else:
                visit(child, top)

    visit(tree, True)
    return found


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def test_every_part_of_the_package_has_a_layer() -> None:
    assert {_part(m) for m in MODULES} <= set(LAYERS)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_only_go_down(module: str) -> None:
    own = LAYERS[_part(module)]
    upward = [imported for imported, _ in _imports(MODULES[module])
              if LAYERS[_part(imported)] > own]
    assert not upward, f"{module} imports upward: {upward}"


def test_no_import_cycles_at_module_level() -> None:
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        targets = set()
        for imported, top in _imports(path):
            if not top:
                continue
            # `from whatcauses.x import y` may name a submodule y: the closest module wins.
            target = imported if imported in MODULES else imported.rsplit(".", 1)[0]
            if target in MODULES and target != module:
                targets.add(target)
        graph[module] = targets
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = [*stack[stack.index(nxt):], nxt]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                walk(nxt)
        stack.pop()
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            walk(module)


def test_public_api_is_pinned() -> None:
    assert whatcauses.__all__ == sorted(whatcauses.__all__)
    assert set(whatcauses.__all__) == {
        "Answer", "CacheError", "Candidate", "DataError", "DiseaseExplanation", "Engine",
        "EngineInfo", "FindingEvidence", "InputError", "Interpretation", "ModelParameters",
        "Query", "QuestionError", "Ranking", "ReleaseError", "UnknownDiseaseError",
        "UnknownTermError", "WhatcausesError", "__version__",
    }
    for name in whatcauses.__all__:
        assert getattr(whatcauses, name) is not None


def test_every_type_the_engine_returns_is_exported() -> None:
    from whatcauses.engine import Engine

    namespace = {name: getattr(whatcauses, name) for name in whatcauses.__all__}
    for name, method in inspect.getmembers(Engine, inspect.isfunction):
        if name.startswith("_"):
            continue
        returned = typing.get_type_hints(method, localns=namespace).get("return")
        if isinstance(returned, type) and returned.__module__.startswith("whatcauses"):
            assert returned.__name__ in whatcauses.__all__, f"Engine.{name} -> {returned}"
