"""Read YAML that anyone may have written (a note's front matter) without crashing or hanging.

ruamel.yaml's safe loader already refuses Python tags (``!!python/object``) and unknown
ones; what it lets through is handled here, each as a :class:`YamlProblem` naming the line:

- aliases that expand to millions of values (the 300-byte "billion laughs"), and an
  alias inside its own anchor (a list that holds itself): counted on the composed node
  graph before anything is built, so nothing is ever expanded;
- nesting deeper than any front matter needs (the composer recurses once per level);
- values Python cannot hold, raised as ValueError deep inside the constructor:
  ``2024-02-30``, ``25:00:00``, a 5,000-digit integer, ``!!int abc``.
"""

from __future__ import annotations

from typing import Any

MAX_DEPTH = 64
# Values that aliases may add to a document beyond those written in it: a roster or an
# agenda repeated by alias is a few hundred; a bomb is millions.
MAX_ALIAS_EXPANSION = 10_000
# 0x followed by thousands of digits makes an int that cannot be printed in decimal.
MAX_INT_BITS = 1024


class YamlProblem(Exception):
    """The YAML cannot be read safely; the message names the line and says why."""


def load_guarded(content: str) -> Any:
    """The document in ``content`` (None when empty); raises YamlProblem, never hangs."""
    # Imported here: ruamel costs ~70 ms to import; only this path needs it.
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="safe", pure=True)
    yaml.Constructor = _guarded_constructor()
    try:
        node = yaml.compose(content)
        if node is None:
            return None
        check_shape(node)
        return yaml.constructor.construct_document(node)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise YamlProblem(f"{where}{exc.problem or exc.context or 'YAML error'}".strip()) from None
    except YAMLError as exc:
        raise YamlProblem(str(exc)) from None
    except RecursionError:
        raise YamlProblem(f"nested more than {MAX_DEPTH} levels deep") from None


def _children(node: Any) -> list[Any]:
    # Imported here: ruamel costs ~70 ms to import; only this path needs it.
    from ruamel.yaml.nodes import MappingNode, SequenceNode

    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _line(node: Any) -> int:
    return node.start_mark.line + 1 if node.start_mark is not None else 0


def check_shape(root: Any) -> None:
    """Refuse a graph too deep, holding itself, or whose aliases expand too far.

    A depth-first walk that sizes each distinct node once (a shared node's size is
    reused), so a bomb costs as little to measure as it took to write.
    """
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    # Each frame: the node, its children still to visit, the expanded size so far.
    path: list[list[Any]] = []

    def enter(node: Any) -> None:
        if len(path) >= MAX_DEPTH:
            raise YamlProblem(f"line {_line(node)}: nested more than {MAX_DEPTH} levels deep")
        path.append([node, iter(_children(node)), 1])
        on_path.add(id(node))

    enter(root)
    while path:
        frame = path[-1]
        child = next(frame[1], None)
        if child is None:
            path.pop()
            on_path.discard(id(frame[0]))
            sizes[id(frame[0])] = frame[2]
            if path:
                path[-1][2] += frame[2]
            continue
        key = id(child)
        if key in on_path:
            raise YamlProblem(f"line {_line(child)}: an alias refers to the value that holds it")
        if key in sizes:
            frame[2] += sizes[key]
        elif _children(child):
            enter(child)
        else:
            sizes[key] = 1
            frame[2] += 1
    expansion = sizes[id(root)] - len(sizes)
    if expansion > MAX_ALIAS_EXPANSION:
        raise YamlProblem(
            f"its aliases (*name) expand to {sizes[id(root)]:,} values, more than any front matter "
            "or series file holds (an alias bomb?)"
        )


_CONSTRUCTOR: type | None = None


def _guarded_constructor() -> type:
    """SafeConstructor whose value errors name the node (built once, on first use)."""
    global _CONSTRUCTOR
    if _CONSTRUCTOR is None:
        from ruamel.yaml.constructor import SafeConstructor

        class GuardedConstructor(SafeConstructor):
            def construct_object(self, node: Any, deep: bool = False) -> Any:
                try:
                    data = super().construct_object(node, deep)
                    if type(data) is int and data.bit_length() > MAX_INT_BITS:
                        raise ValueError("an integer too large to use")
                    return data
                except (ValueError, OverflowError, KeyError, TypeError, IndexError) as exc:
                    value = node.value if isinstance(node.value, str) else ""
                    shown = f"{value[:40]}…" if len(value) > 40 else value
                    what = f"{shown!r} " if shown else "a value "
                    raise YamlProblem(
                        f"line {_line(node)}: {what}cannot be read ({_reason(exc)})"
                    ) from None

        _CONSTRUCTOR = GuardedConstructor
    return _CONSTRUCTOR


def _reason(exc: Exception) -> str:
    text = str(exc).split(";")[0].split(", not ")[0].strip()
    if isinstance(exc, KeyError):
        return f"not a valid value: {text}"
    if "Exceeds the limit" in text:
        return "an integer with more digits than Python reads"
    return text or type(exc).__name__
