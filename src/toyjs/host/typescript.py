"""TypeScript by type erasure, as Node 24 runs ``.ts``, ``.mts`` and ``.cts`` files by default.

Types are replaced with whitespace, so every line and column of the JavaScript that is left is
where it was in the file (stack traces need no source map). Only syntax that erases is taken:
``enum``, namespaces holding values, parameter properties, ``import x = require()``,
``export =`` and ``<T>x`` assertions would need code generated, and are a SyntaxError
(``ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX``) naming the construct, as in Node. Type-only imports and
exports go (``import { type X } from "m"`` keeps the import of "m", as Node's does); nothing
else is elided. Decorators are left for V8 to judge, as Node leaves them.

The source is parsed with tree-sitter's TypeScript grammar, imported on the first TypeScript
file, so programs without any pay nothing for it.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from toyjs.errors import HostError

EXTENSIONS = frozenset({".ts", ".mts", ".cts"})

# Declarations that are types only: they go whole.
TYPE_DECLARATIONS = frozenset(
    {"interface_declaration", "type_alias_declaration", "ambient_declaration", "function_signature"}
)
# Class members that are types only (overloads, abstract methods, index signatures).
TYPE_MEMBERS = frozenset({"method_signature", "abstract_method_signature", "index_signature"})
# Type syntax inside JavaScript: blanked whole.
ANNOTATIONS = frozenset({"type_annotation", "asserts_annotation", "type_predicate_annotation"})
TYPE_SYNTAX = ANNOTATIONS | {"type_parameters", "type_arguments", "implements_clause"}
# Keywords that only tell the type checker something, where they are modifiers.
MODIFIERS = frozenset({"accessibility_modifier", "override_modifier", "readonly", "abstract"})
# `?` and `!` that mark optional parameters/members and definite assignment.
MARKED = frozenset({"optional_parameter", "public_field_definition", "method_definition", "variable_declarator"})
# Where statements are listed: an erased statement there may need a `;` (see _erase_statement).
STATEMENT_LISTS = frozenset({"program", "statement_block", "class_body", "switch_case", "switch_default"})
# Statements (and members) that end where their last expression ends when they have no `;`.
STATEMENT_ENDS = frozenset(
    {
        "expression_statement", "lexical_declaration", "variable_declaration", "return_statement",
        "throw_statement", "public_field_definition", "export_statement",
    }
)
# Statements a namespace may hold and still be erased (it then makes no value).
NAMESPACE_TYPES = TYPE_DECLARATIONS | {"empty_statement", "comment"}

NOT_SUPPORTED = "is not supported in strip-only mode"


class TypeScriptError(HostError):
    """TypeScript that cannot run by erasure: a SyntaxError with Node's code and message, that
    knows where in which file it is (the command shows the line, as Node does)."""

    def __init__(self, message: str, code: str, filename: str, source: bytes, start: Any, end: Any) -> None:
        super().__init__(message, js_name="SyntaxError", code=code)
        self.filename = filename
        lines = source.split(b"\n")
        row = lines[start.row] if start.row < len(lines) else b""
        end_column = end.column if end.row == start.row else len(row)
        self.line = start.row + 1
        self.column = len(_decoded(row[: start.column])) + 1
        self.source_line = _decoded(row).rstrip("\r")
        self.width = max(1, len(_decoded(row[start.column : end_column])))

    def excerpt(self) -> str:
        """Node's header for a syntax error: where, the line, and a mark under the construct."""
        return f"{self.filename}:{self.line}\n{self.source_line}\n{' ' * (self.column - 1)}{'^' * self.width}\n"


def unsupported(construct: str, filename: str, source: bytes, node: Any) -> TypeScriptError:
    return TypeScriptError(
        f"TypeScript {construct} {NOT_SUPPORTED}", "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX", filename, source, node.start_point, node.end_point
    )


def is_typescript(path: str | Path) -> bool:
    return Path(path).suffix in EXTENSIONS


def in_node_modules(path: str | Path) -> bool:
    return "node_modules" in Path(path).parts


def node_modules_error(path: str | Path) -> HostError:
    """Node 24 strips no types under node_modules (packages ship JavaScript)."""
    return HostError(
        f'Stripping types is currently unsupported for files under node_modules, for "{path}"',
        code="ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING",
    )


# Workers load modules on their own threads; a parser parses one file at a time.
_PARSING = threading.Lock()


@functools.cache
def _parser() -> Any:
    import tree_sitter
    import tree_sitter_typescript

    return tree_sitter.Parser(tree_sitter.Language(tree_sitter_typescript.language_typescript()))


def strip_types(source: str, filename: str) -> str:
    """``source`` with its types replaced by whitespace; ``filename`` (a path or URL) names
    the file in errors. Raises TypeScriptError for syntax that does not erase."""
    encoded = source.encode("utf-8", "surrogatepass")
    with _PARSING:
        tree = _parser().parse(encoded)
    eraser = _Eraser(encoded, filename)
    if tree.root_node.has_error:
        eraser.check_errors(tree.root_node)
    eraser.walk(tree.root_node)
    return eraser.result().decode("utf-8", "surrogatepass")


@dataclass(frozen=True)
class _Edit:
    """Bytes ``start``..``end`` blanked (line breaks kept), then ``lead`` written over the
    first of them and ``tail`` over the last."""

    start: int
    end: int
    lead: str = ""
    tail: str = ""


@dataclass(frozen=True)
class _Place:
    """A node as the walk reached it: its previous named sibling (comments aside; None for
    the first) and where its parent is. (tree-sitter finds a node's parent by walking down
    from the root: asking it for each node would make deep trees take quadratic time.)"""

    node: Any
    previous: Any
    parent: _Place | None


def _blank(text: str) -> str:
    """Whitespace as wide as ``text`` in UTF-16 units (V8's columns), its line breaks kept."""
    return "".join(
        char if char in "\n\r\u2028\u2029" else ("  " if ord(char) > 0xFFFF else " ") for char in text
    )


class _Eraser:
    def __init__(self, source: bytes, filename: str) -> None:
        self.source = source
        self.filename = filename
        self.edits: list[_Edit] = []

    # --- the tree's errors
    def check_errors(self, root: Any) -> None:
        """The first piece of the tree that did not parse, as Node's ERR_INVALID_TYPESCRIPT_SYNTAX
        (``export type * from`` is one the grammar does not know: it is taken)."""
        stack = [root]
        while stack:
            node = stack.pop()
            if node.type == "ERROR" and self._is_type_star_export(node, node.parent):
                continue
            if node.is_missing or node.type == "ERROR":
                if node.is_missing:
                    message = f"Expected `{node.type}`"
                else:
                    text = self.text(node).split()
                    message = f"Unexpected token `{text[0] if text else node.type}`"
                raise TypeScriptError(
                    message, "ERR_INVALID_TYPESCRIPT_SYNTAX", self.filename, self.source, node.start_point, node.end_point
                )
            if node.has_error:
                stack.extend(reversed(node.children))

    def _is_type_star_export(self, node: Any, parent: Any) -> bool:
        return (
            parent is not None
            and parent.type == "export_statement"
            and self.text(node) == "type"
            and node.next_sibling is not None
            and node.next_sibling.type == "*"
        )

    # --- walking
    def text(self, node: Any) -> str:
        return self.source[node.start_byte : node.end_byte].decode("utf-8", "surrogatepass")

    def erase(self, node: Any, lead: str = "", tail: str = "") -> None:
        self.edits.append(_Edit(node.start_byte, node.end_byte, lead, tail))

    def walk(self, root: Any) -> None:
        stack = [_Place(root, None, None)]
        while stack:
            place = stack.pop()
            children = self.visit(place)
            previous = None
            places = []
            for child in children:
                places.append(_Place(child, previous, place))
                if child.is_named and child.type != "comment":
                    previous = child
            stack.extend(reversed(places))

    def visit(self, place: _Place) -> list[Any]:
        """Erase what ``place.node`` has of TypeScript; returns the children still to visit."""
        node = place.node
        kind = node.type
        parent = place.parent.node if place.parent is not None else None
        if kind in TYPE_DECLARATIONS:
            self._erase_statement(place)
            return []
        if kind in TYPE_SYNTAX:
            self.erase(node)
            return []
        if kind == "enum_declaration":
            raise unsupported("enum", self.filename, self.source, node)
        if kind == "internal_module":
            return self._namespace(place)
        if kind == "module":
            raise TypeScriptError(
                "`module` keyword is not supported. Use `namespace` instead.",
                "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX", self.filename, self.source, node.start_point, node.end_point,
            )
        if kind == "import_alias":
            raise unsupported("import equals declaration", self.filename, self.source, node)
        if kind == "type_assertion":
            raise TypeScriptError(
                "The angle-bracket syntax for type assertions, `<T>expr`, is not supported in type strip mode. "
                "Instead, use the 'as' syntax: `expr as T`.",
                "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX", self.filename, self.source, node.start_point, node.end_point,
            )
        if kind == "import_statement":
            return self._import(place)
        if kind == "export_statement":
            return self._export(place)
        if kind in ("import_specifier", "export_specifier"):
            if _child(node, "type") is not None:
                self._erase_list_item(node)
            return []
        if kind in ("required_parameter", "optional_parameter"):
            return self._parameter(node)
        if kind in TYPE_MEMBERS:
            self._erase_statement(place)
            return []
        if kind == "public_field_definition" and (_child(node, "declare") or _child(node, "abstract")):
            self._erase_statement(place)
            return []
        if kind in ("as_expression", "satisfies_expression"):
            return self._assertion(place)
        if kind in MODIFIERS:
            self.erase(node)
            return []
        if kind == "?" and parent is not None and parent.type in MARKED:
            self.erase(node)
        if kind == "!" and parent is not None and (parent.type in MARKED or parent.type == "non_null_expression"):
            self.erase(node)
        if kind == "arrow_function":
            return self._arrow_function(node)
        return node.children

    # --- statements
    def _erase_statement(self, place: _Place) -> None:
        """Erase a whole statement or class member. Where one comes after a statement that has
        no `;` of its own, it becomes one (`;` then blanks), so that what follows does not
        join the statement before it (`let x = 1` / `type T = 1` / `(f)()`)."""
        needs_end = (
            place.parent is not None
            and place.parent.node.type in STATEMENT_LISTS
            and place.previous is not None
            and not self.text(place.previous).endswith(";")
        )
        self.erase(place.node, lead=";" if needs_end else "")

    def _namespace(self, place: _Place) -> list[Any]:
        """A namespace holding only types goes whole; one holding values is not supported."""
        if not self._holds_only_types(place.node):
            raise unsupported("namespace declaration", self.filename, self.source, place.node)
        wrapped = place.parent is not None and place.parent.node.type == "expression_statement"
        self._erase_statement(place.parent if wrapped else place)  # type: ignore[arg-type]
        return []

    def _holds_only_types(self, namespace: Any) -> bool:
        body = _child(namespace, "statement_block")
        for statement in body.named_children if body is not None else ():
            if statement.type == "export_statement":
                declaration = statement.named_children[0] if statement.named_children else None
                if declaration is None or not self._is_type_only_statement(declaration):
                    return False
            elif not self._is_type_only_statement(statement):
                return False
        return True

    def _is_type_only_statement(self, node: Any) -> bool:
        if node.type in NAMESPACE_TYPES:
            return True
        if node.type == "expression_statement" and node.named_children:
            node = node.named_children[0]
        return node.type == "internal_module" and self._holds_only_types(node)

    def _import(self, place: _Place) -> list[Any]:
        node = place.node
        if _child(node, "type") is not None:  # import type ... (also `import type x = require()`)
            self._erase_statement(place)
            return []
        if _child(node, "import_require_clause") is not None:
            raise unsupported("import equals declaration", self.filename, self.source, node)
        return node.children

    def _export(self, place: _Place) -> list[Any]:
        node = place.node
        if _child(node, "=") is not None:
            raise unsupported("export assignment", self.filename, self.source, node)
        declaration = node.named_children[0] if node.named_children else None
        type_only = _child(node, "type") is not None or (
            declaration is not None
            and (
                declaration.type in TYPE_DECLARATIONS
                or (declaration.type == "ERROR" and self._is_type_star_export(declaration, node))
                or (declaration.type == "internal_module" and self._holds_only_types(declaration))
            )
        )
        if type_only:
            self._erase_statement(place)
            return []
        return node.children

    def _erase_list_item(self, node: Any) -> None:
        """A specifier, with the comma after it (so that no empty item is left)."""
        following = node.next_sibling
        end = following.end_byte if following is not None and following.type == "," else node.end_byte
        self.edits.append(_Edit(node.start_byte, end))

    # --- expressions and parameters
    def _parameter(self, node: Any) -> list[Any]:
        if any(child.type in ("accessibility_modifier", "override_modifier", "readonly") for child in node.children):
            raise unsupported("parameter property", self.filename, self.source, node)
        pattern = node.named_children[0] if node.named_children else None
        if pattern is not None and pattern.type == "this":  # `this: T`, the type of `this`
            self._erase_list_item(node)
            return []
        return node.children

    def _assertion(self, place: _Place) -> list[Any]:
        """``x as T``, ``x satisfies T``: all from the keyword on goes. At the end of a
        statement without `;`, the keyword's place gets one: in TypeScript the type ended
        the statement, which the next line must not continue once it is gone."""
        node = place.node
        keyword = next(child for child in node.children if child.type in ("as", "satisfies"))
        # tree-sitter reads `x as T` + a line starting with `(` as a call; TypeScript (and so
        # Node) ends the statement after the type
        parent = place.parent.node if place.parent is not None else None
        ends_statement = parent is not None and parent.type == "call_expression" and parent.children[0] == node
        ancestor = place.parent
        while not ends_statement and ancestor is not None and ancestor.node.end_byte == node.end_byte:
            ends_statement = ancestor.node.type in STATEMENT_ENDS
            ancestor = ancestor.parent
        self.edits.append(_Edit(keyword.start_byte, node.end_byte, lead=";" if ends_statement else ""))
        return [child for child in node.children if child.end_byte <= keyword.start_byte]

    def _arrow_function(self, node: Any) -> list[Any]:
        """An arrow function's return type that spans lines would leave a line break before
        `=>`, which JavaScript forbids: the parameters' `)` moves to the end of the type."""
        annotation = next((child for child in node.children if child.type in ANNOTATIONS), None)
        parameters = _child(node, "formal_parameters")
        if annotation is None or parameters is None or annotation.start_point.row == annotation.end_point.row:
            return node.children
        closing = parameters.children[-1]
        self.edits.append(_Edit(closing.start_byte, closing.end_byte))
        self.edits.append(_Edit(annotation.start_byte, annotation.end_byte, tail=")"))
        return [child for child in node.children if child != annotation]

    # --- output
    def result(self) -> bytes:
        """The source with the edits applied (they do not overlap: what is erased whole is
        not walked into)."""
        pieces: list[bytes] = []
        position = 0
        for edit in sorted(self.edits, key=lambda edit: edit.start):
            pieces.append(self.source[position : edit.start])
            blank = _blank(self.source[edit.start : edit.end].decode("utf-8", "surrogatepass"))
            if edit.lead:
                blank = edit.lead + blank[len(edit.lead) :]
            if edit.tail:
                blank = blank[: -len(edit.tail)] + edit.tail
            pieces.append(blank.encode("utf-8"))
            position = edit.end
        pieces.append(self.source[position:])
        return b"".join(pieces)


def _decoded(text: bytes) -> str:
    return text.decode("utf-8", "replace")


def _child(node: Any, kind: str) -> Any:
    return next((child for child in node.children if child.type == kind), None)
