"""The coded errors made below the interface, found in the sources (shared by the unit test
that every refusal carries a code and the GUI test that every code has a translation)."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "newsdesk"
#: Layers whose errors can reach the interface.
LAYERS = ("core", "storage", "services", "export", "importers")
#: Errors meant for a person; each raise of them must carry a code (or take one over).
CODED = {
    "ServiceError",
    "NotFoundError",
    "ValidationError",
    "TransitionError",
    "ExportFailed",
    "ImportFileError",
    "ImportFormatError",
    "UnknownFormatError",
    "FieldError",
    "NinjsError",
    "QueryError",
    "FindError",
    "ExportError",
    "BaseUrlError",
    "DictionaryMissing",
    "StorageError",
}


@dataclass(frozen=True)
class Raise:
    where: str
    error: str
    code: str | None  # None: no code keyword at all
    template: str
    params: frozenset[str]


def raises() -> list[Raise]:
    found = []
    for path in sorted(p for layer in LAYERS for p in (SRC / layer).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            call = node
            name = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
            if name not in CODED:
                continue
            keywords = {k.arg: k.value for k in call.keywords if k.arg}
            code_node = keywords.get("code")
            passes_on = any(k.arg is None for k in call.keywords) or (
                code_node is not None and not isinstance(code_node, ast.Constant)
            )
            strings = [a.value for a in call.args if isinstance(a, ast.Constant)]
            template = next((s for s in reversed(strings) if isinstance(s, str)), "")
            if code_node is None and not passes_on:
                # Takes over the code of the error it wraps (an argument that is not text).
                passes_on = len(call.args) > len(strings) and not isinstance(
                    call.args[-1], ast.JoinedStr
                )
            code = (
                code_node.value
                if isinstance(code_node, ast.Constant)
                else ("*" if passes_on else None)
            )
            found.append(
                Raise(
                    f"{path.relative_to(SRC)}:{node.lineno}",
                    str(name),
                    code,
                    template,
                    frozenset(k for k in keywords if k != "code"),
                )
            )
    return found
