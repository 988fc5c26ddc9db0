"""Builds the Groovy AST (`nodes.py`) from Lark's parse tree."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from lark import Token, Transformer

from convoscript.grammar import gstring
from convoscript.grammar import nodes as n
from convoscript.grammar.budget import tick as compile_tick

_DELIMITER_LENGTH = {"GSTRING": 1, "SLASHY": 1, "DSLASHY": 2}


def _newline_positions(text: str) -> list[int]:
    found, at = [], text.find("\n")
    while at >= 0:
        found.append(at)
        at = text.find("\n", at + 1)
    return found


def _token_pos(tok: Token) -> tuple[int, int]:
    """A token's line and column (our scanner gives every token both; Lark types them
    optional)."""
    return tok.line or 0, tok.column or 0


def _pos(items: tuple | list) -> tuple[int, int]:
    for item in items:
        if isinstance(item, Token) and item.line is not None:
            return _token_pos(item)
        if isinstance(item, n.Node) and item.line:
            return item.line, item.col
        if isinstance(item, list):
            found = _pos(item)
            if found != (0, 0):
                return found
    return 0, 0


def _at(node: n.Node, *items: object) -> n.Node:
    node.line, node.col = _pos(items)
    return node


class Modifier:
    """A modifier keyword (`static`, `final`, ...), as the rule `modifier` returns it; an
    annotation comes back as an `n.Annotation` instead."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name


_VISIBILITY = ("public", "protected", "private")


def _modifiers(items: list) -> tuple[set[str], list[n.Annotation], list]:
    """A rule's leading modifiers split into keywords and annotations, and the other children."""
    keywords = {i.name for i in items if isinstance(i, Modifier)}
    annotations = [i for i in items if isinstance(i, n.Annotation)]
    rest = [i for i in items if not isinstance(i, (Modifier, n.Annotation))]
    return keywords, annotations, rest


class SyntaxProblem(Exception):
    """A semantic syntax error found while building (bad literal, bad assignment target)."""

    def __init__(self, message: str, line: int, col: int):
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col


class Builder(Transformer):
    """One per parse: holds the source for GString interpolations and positions."""

    def __init__(
        self,
        source: str,
        parse_expr: Callable[[str, int, int], n.Node],
        origin: tuple[int, int] = (1, 1),
    ):
        super().__init__(visit_tokens=False)
        self.source = source
        self.parse_expr = parse_expr
        self.origin = origin  # where `source` starts in the script (an interpolation's text)
        self._newlines: list[int] | None = None  # positions of the newlines, made when needed

    def _call_userfunc(self, tree, new_children=None):
        # children are built first, so while a rule method runs, `_tree` is its own parse tree:
        # its children still carry the positions of tokens the grammar filters out
        self._tree = tree
        compile_tick(None, None)
        node = super()._call_userfunc(tree, new_children)
        if isinstance(node, n.Node) and not node.line:
            meta = tree.meta
            if not meta.empty:
                node.line, node.col = meta.line, meta.column
        return node

    # -- where an operation's own token is (see nodes.py: op_line/op_col) --------------------
    @staticmethod
    def _op(node: n.Node, where: tuple[int, int] | None) -> n.Node:
        if where is not None and where[0]:
            node.op_line, node.op_col = where
        return node

    def _rule_start(self) -> tuple[int, int] | None:
        """Where the current rule starts: a prefix operator, `new`."""
        meta = self._tree.meta
        return None if meta.empty else (meta.line, meta.column)

    def _child_start(self, index: int) -> tuple[int, int] | None:
        """Where child `index` of the current rule starts: a kept operator, a member name."""
        child = self._tree.children[index]
        if isinstance(child, Token):
            return _token_pos(child)
        return None if child.meta.empty else (child.meta.line, child.meta.column)

    def _token_after(self, index: int, text: str) -> tuple[int, int] | None:
        """Where `text`, a token the grammar filters out (`[`, `**`, `as`), follows child
        `index` of the current rule."""
        child = self._tree.children[index]
        end = (
            child.end_pos
            if isinstance(child, Token)
            else (None if child.meta.empty else child.meta.end_pos)
        )
        found = -1 if end is None else self.source.find(text, end)
        return None if found < 0 else self._line_col(found)

    # -- program and statements --------------------------------------------------------------
    def start(self, items):
        return n.Module(items[0], line=1, col=1)

    def expr_start(self, items):
        return items[0]

    def stmts(self, items):
        return [s for s in items if not isinstance(s, Token)]

    def labeled_stmt(self, items):
        label, stmt = items
        if isinstance(stmt, (n.ForIn, n.ForClassic, n.While)):
            stmt.label = str(label)
        return _at(n.Labeled(str(label), stmt), label)

    def modifier(self, items):
        tok = items[0]
        name, _, args = str(tok).partition("\0")
        if tok.type == "ANNOTATION":
            return n.Annotation(name, args, line=tok.line, col=tok.column)
        return Modifier(name)

    def def_type(self, items):
        return None

    def void_type(self, items):
        return "void"

    def typed(self, items):
        return str(items[0])

    typed_def = typed

    def declaration(self, items):
        mods, annotations, rest = _modifiers(items)
        if rest and (rest[0] is None or isinstance(rest[0], str)):
            type_, inits = rest[0], rest[1:]
        else:
            type_, inits = None, rest
        decls = []
        for name_tok, value in inits:
            decl = n.VarDecl(
                str(name_tok),
                type_,
                value,
                static="static" in mods,
                final="final" in mods,
                annotations=annotations,
                visibility=next((m for m in _VISIBILITY if m in mods), None),
            )
            decls.append(_at(decl, name_tok))
        if len(decls) == 1:
            return decls[0]
        return n.Block(decls, scoped=False, line=decls[0].line, col=decls[0].col)

    def var_init(self, items):
        return (items[0], items[1] if len(items) > 1 else None)

    def multi_declaration(self, items):
        names_types, value = items
        names = [name for _, name in names_types]
        types = [t for t, _ in names_types]
        return n.MultiDecl(names, types, value, line=value.line, col=value.col)

    def multi_names(self, items):
        return list(items)

    def multi_name(self, items):
        if len(items) == 2:
            return (str(items[0]), str(items[1]))
        return (None, str(items[0]))

    def method_def(self, items):
        mods, annotations, rest = _modifiers(items)
        ret, name_tok = rest[0], rest[1]
        params = rest[2] if len(rest) == 4 else []
        body = rest[-1]
        method = n.MethodDef(
            str(name_tok),
            params,
            body.body if body is not None else [],
            ret,
            "static" in mods,
            abstract=body is None,
            annotations=annotations,
        )
        return _at(method, name_tok)

    def abstract_method(self, items):
        return self.method_def(list(items) + [None])

    def params(self, items):
        return list(items)

    def param(self, items):
        items = list(items)
        type_ = None
        if len(items) >= 2 and isinstance(items[0], Token) and items[0].type == "TYPE":
            type_ = str(items.pop(0))
        name_tok = items[0]
        default = items[1] if len(items) > 1 else None
        return _at(n.Param(str(name_tok), type_, default), name_tok)

    def block(self, items):
        return _at(n.Block(items[1]), items[0])

    @staticmethod
    def _body(stmt) -> list:
        return stmt.body if isinstance(stmt, n.Block) else [stmt]

    def if_stmt(self, items):
        cond, then = items[0], items[1]
        orelse = self._body(items[2]) if len(items) > 2 else None
        return _at(n.If(cond, self._body(then), orelse), cond)

    def for_in_stmt(self, items):
        (var_type, var_tok), _in, iterable, body = items
        return _at(n.ForIn(str(var_tok), var_type, iterable, self._body(body)), var_tok)

    def loop_var(self, items):
        if len(items) == 2:
            return (items[0], items[1])
        return (None, items[0])

    def for_stmt(self, items):
        # kept tokens: "for" "(" init? ";" cond? ";" update? ")" body
        parts: list[list] = [[]]
        body = items[-1]
        for item in items[2:-2]:
            if isinstance(item, Token) and item.type == "SEMICOLON":
                parts.append([])
            else:
                parts[-1].append(item)
        init, cond, update = (parts + [[], [], []])[:3]
        init_nodes = init[0] if init else []
        cond_node = cond[0] if cond else None
        update_nodes = update[0] if update else []
        return _at(n.ForClassic(init_nodes, cond_node, update_nodes, self._body(body)), items[0])

    def for_init(self, items):
        item = items[0]
        if isinstance(item, list):
            return [_at(n.ExprStmt(e), e) for e in item]
        if isinstance(item, n.Block):
            return item.body
        return [item]

    def for_update(self, items):
        return [_at(n.ExprStmt(e), e) for e in items[0]]

    def while_stmt(self, items):
        return _at(n.While(items[0], self._body(items[1])), items[0])

    def interface_def(self, items):
        node = self.class_def(items)
        node.kind = "interface"
        for f in node.fields:  # an interface's fields are constants, as in Java
            f.static = f.final = True
            f.visibility = "public"
        return node

    def trait_def(self, items):
        node = self.class_def(items)
        node.kind = "trait"  # compiler/traits.py copies its members into the classes using it
        return node

    def enum_def(self, items):
        mods = [i for i in items if isinstance(i, (Modifier, n.Annotation))]
        name_tok = items[len(mods)]
        constants, members = items[-1]
        node = self.class_def(mods + [name_tok, n.Block(members)])
        node.kind = "enum"
        node.enum_constants = constants
        return node

    def enum_body(self, items):
        constants = [i for i in items if isinstance(i, n.EnumConstant)]
        members = next((i for i in items if isinstance(i, list)), [])
        return constants, members

    def enum_constant(self, items):
        name_tok = items[0]
        args = self._named_args(items[1]) if len(items) > 1 else []
        return _at(n.EnumConstant(str(name_tok), args), name_tok)

    def class_def(self, items):
        superclass = next((i[1] for i in items if isinstance(i, tuple)), None)
        annotations = [m for m in items if isinstance(m, n.Annotation)]
        interfaces = [
            name
            for i in items
            if isinstance(i, Token) and i.type == "IMPLEMENTS"
            for name in str(i).split(",")
            if name
        ]
        items = [
            i
            for i in items
            if isinstance(i, n.Block) or isinstance(i, Token) and i.type != "IMPLEMENTS"
        ]
        name_tok = items[0]
        body = items[-1]
        fields: list = []
        methods: list = []
        ctors: list = []
        members = [m for st in body.body for m in (st.body if isinstance(st, n.Block) else [st])]
        for member in members:
            if isinstance(member, n.VarDecl):
                fields.append(member)
            elif isinstance(member, n.MethodDef):
                (ctors if member.name == str(name_tok) else methods).append(member)
            else:
                raise SyntaxProblem(
                    "A class body may hold only fields, methods and constructors",
                    member.line,
                    member.col,
                )
        node = n.ClassDef(
            str(name_tok),
            superclass,
            fields,
            methods,
            ctors,
            interfaces=interfaces,
            annotations=annotations,
        )
        return _at(node, name_tok)

    def class_extends(self, items):
        return ("extends", str(items[0]))

    def switch_stmt(self, items):
        value = items[0]
        groups = [g for g in items[1:] if isinstance(g, n.CaseGroup)]
        return _at(n.Switch(value, groups), value)

    def case_group(self, items):
        labels = [i for i in items[:-1]]
        return n.CaseGroup(
            [None if lab == "default" else lab for lab in labels],
            items[-1],
            line=_pos(labels)[0],
            col=_pos(labels)[1],
        )

    def case_label(self, items):
        return items[0]

    def default_label(self, items):
        return "default"

    def try_stmt(self, items):
        body = items[0]
        catches = [c for c in items[1:] if isinstance(c, n.Catch)]
        final = next((f for f in items[1:] if isinstance(f, list)), None)
        return _at(n.Try(body.body, catches, final), body)

    def catch_clause(self, items):
        types = items[0] if len(items) == 3 else []
        name_tok = items[-2]
        return _at(n.Catch(types, str(name_tok), items[-1].body), name_tok)

    def catch_types(self, items):
        return [str(t) for t in items]

    def finally_clause(self, items):
        return items[0].body

    def return_stmt(self, items):
        value = items[0] if items else None
        node = n.Return(value)
        if value is not None:
            node.line, node.col = value.line, value.col
        return node

    def break_stmt(self, items):
        return _at(n.Break(str(items[0]) if items else None), *items)

    def continue_stmt(self, items):
        return _at(n.Continue(str(items[0]) if items else None), *items)

    def throw_stmt(self, items):
        return _at(n.Throw(items[0]), items[0])

    def assert_stmt(self, items):
        cond = items[0]
        message = items[1] if len(items) > 1 else None
        return _at(n.Assert(cond, message, ""), cond)

    def import_stmt(self, items):
        path_tok = items[0]
        text = str(path_tok)
        static = text.startswith("static ")
        path = text.removeprefix("static ")
        star = path.endswith(".*")
        alias = str(items[1]) if len(items) > 1 else None
        return _at(n.Import(path.removesuffix(".*"), alias, static, star), path_tok)

    def command_call(self, items):
        callee, _open, args, _close = items
        return self._make_call(callee, args)

    def command_stmt(self, items):
        call = items[0]
        return n.ExprStmt(call, line=call.line, col=call.col)

    def expr_stmt(self, items):
        return _at(n.ExprStmt(items[0]), items[0])

    def expr_list(self, items):
        return list(items)

    # -- expressions --------------------------------------------------------------------------
    def assign(self, items):
        target, op, value = items
        if not isinstance(target, (n.Name, n.Property, n.FieldAccess, n.Index)):
            raise SyntaxProblem(
                "Invalid assignment target: only a variable, a property or an "
                "element can be assigned",
                target.line,
                target.col,
            )
        node = _at(n.Assign(target, op, value), target)
        if isinstance(target, n.Name):
            return self._op(node, self._child_start(1))  # the `=` (a cast can fail there)
        # setting a property or an element fails at its name or `[`
        return self._op(node, (target.op_line, target.op_col))

    def assign_op(self, items):
        return str(items[0])

    eq_op = regex_op = rel_op = shift_op = add_op = mul_op = bor_op = xor_op = band_op = assign_op

    def multi_assign(self, items):
        names, value = items
        return n.MultiAssign(names, value, line=value.line, col=value.col)

    def multi_target(self, items):
        return [str(t) for t in items]

    def conditional(self, items):
        return _at(n.Ternary(*items), items[0])

    def elvis(self, items):
        return _at(n.Elvis(*items), items[0])

    def or_op(self, items):
        return _at(n.Logical("||", *items), items[0])

    def and_op(self, items):
        return _at(n.Logical("&&", *items), items[0])

    def binop(self, items):
        left, op, right = items
        return self._op(_at(n.Binary(op, left, right), left), self._child_start(1))

    def in_op(self, items):
        return self._op(_at(n.In(items[0], items[1]), items[0]), self._token_after(0, "in"))

    def instanceof(self, items):
        return _at(n.InstanceOf(items[0], str(items[1])), items[0])

    def java_cast(self, items):
        cast_tok, value = items
        return _at(n.Cast(value, str(cast_tok), explicit=False), cast_tok)

    def as_cast(self, items):
        return self._op(_at(n.Cast(items[0], str(items[1])), items[0]), self._token_after(0, "as"))

    def range_incl(self, items):
        return _at(n.RangeExpr(items[0], items[1], False), items[0])

    def range_excl(self, items):
        return _at(n.RangeExpr(items[0], items[1], True), items[0])

    def neg(self, items):
        operand = items[0]
        if isinstance(operand, n.Number) and not operand.negative:
            # Groovy folds `-2147483648` into one (Integer) literal
            return n.Number(operand.text, True, line=operand.line, col=operand.col)
        return self._op(_at(n.Unary("-", operand), operand), self._rule_start())

    def pos(self, items):
        return self._op(_at(n.Unary("+", items[0]), items[0]), self._rule_start())

    def not_op(self, items):
        return self._op(_at(n.Unary("!", items[0]), items[0]), self._rule_start())

    def bitnot(self, items):
        return self._op(_at(n.Unary("~", items[0]), items[0]), self._rule_start())

    def power(self, items):
        return self._op(
            _at(n.Binary("**", items[0], items[1]), items[0]), self._token_after(0, "**")
        )

    def _incdec(self, target, op, prefix):
        if not isinstance(target, (n.Name, n.Property, n.FieldAccess, n.Index)):
            raise SyntaxProblem(
                f"'{op}' needs a variable, a property or an element", target.line, target.col
            )
        where = self._rule_start() if prefix else self._token_after(0, op)
        return self._op(_at(n.IncDec(op, prefix, target), target), where)

    def pre_inc(self, items):
        return self._incdec(items[0], "++", True)

    def pre_dec(self, items):
        return self._incdec(items[0], "--", True)

    def post_inc(self, items):
        return self._incdec(items[0], "++", False)

    def post_dec(self, items):
        return self._incdec(items[0], "--", False)

    def member(self, items):
        tok = items[0]
        if tok.type == "NAME":
            return str(tok)
        node = self._string_node(tok, "dq" if tok.type == "GSTRING" else None)
        return node.value if isinstance(node, n.Literal) else node

    def prop(self, items):
        return self._op(_at(n.Property(items[0], items[1]), items[0]), self._child_start(1))

    def safe_prop(self, items):
        return self._op(
            _at(n.Property(items[0], items[1], safe=True), items[0]), self._child_start(1)
        )

    def spread_prop(self, items):
        return self._op(
            _at(n.Property(items[0], items[1], spread=True), items[0]), self._child_start(1)
        )

    def field_access(self, items):
        return self._op(_at(n.FieldAccess(items[0], items[1]), items[0]), self._child_start(1))

    def safe_field_access(self, items):
        return self._op(
            _at(n.FieldAccess(items[0], items[1], safe=True), items[0]), self._child_start(1)
        )

    def spread_field_access(self, items):
        return self._op(
            _at(n.FieldAccess(items[0], items[1], spread=True), items[0]), self._child_start(1)
        )

    def method_pointer(self, items):
        return self._op(_at(n.MethodPointer(items[0], items[1]), items[0]), self._child_start(1))

    def _make_call(self, func, args):
        args = self._named_args(args)
        if isinstance(func, n.Property):
            call = _at(n.MethodCall(func.obj, func.name, args, func.safe, func.spread), func)
            call.op_line, call.op_col = func.op_line, func.op_col  # the method name
            return call
        if isinstance(func, n.Name):
            return _at(n.MethodCall(None, func.id, args), func)
        return _at(n.Call(func, args), func)

    @staticmethod
    def _named_args(args: list) -> list:
        named = [a for a in args if isinstance(a, n.NamedArg)]
        if not named:
            return list(args)
        entries = [n.MapEntry(a.key, a.value, line=a.line, col=a.col) for a in named]
        rest = [a for a in args if not isinstance(a, n.NamedArg)]
        return [n.MapExpr(entries, line=named[0].line, col=named[0].col)] + rest

    def call(self, items):
        func = items[0]
        args = items[1] if len(items) > 1 else []
        return self._make_call(func, args)

    def call_closure(self, items):
        func, closure = items
        if isinstance(func, n.MethodCall):
            func.args.append(closure)
            return func
        if isinstance(func, n.Call):
            func.args.append(closure)
            return func
        return self._make_call(func, [closure])

    def index(self, items):
        obj, exprs = items
        index = (
            exprs[0] if len(exprs) == 1 else n.ListExpr(exprs, line=exprs[0].line, col=exprs[0].col)
        )
        return self._op(_at(n.Index(obj, index), obj), self._token_after(0, "["))

    def args(self, items):
        return list(items)

    def named_arg(self, items):
        return _at(n.NamedArg(items[0], items[1]), items[0])

    def spread_named_arg(self, items):
        return _at(n.NamedArg(None, items[0]), items[0])

    def spread_arg(self, items):
        return _at(n.SpreadArg(items[0]), items[0])

    # -- literals ---------------------------------------------------------------------------
    def name(self, items):
        return _at(n.Name(str(items[0])), items[0])

    def number(self, items):
        return _at(n.Number(str(items[0])), items[0])

    def string(self, items):
        return _at(n.Literal(str(items[0])), items[0])

    def gstring(self, items):
        return self._string_node(items[0], "dq")

    def slashy(self, items):
        return self._string_node(items[0], "slashy")

    def dslashy(self, items):
        return self._string_node(items[0], "dslashy")

    def _string_node(self, tok: Token, kind: str | None) -> n.Node:
        if kind is None:
            return _at(n.Literal(str(tok)), tok)
        body = str(tok)
        start = tok.start_pos or 0
        body_start = start + _DELIMITER_LENGTH[tok.type]
        if tok.type == "GSTRING" and self.source.startswith('"""', start):
            body_start = start + 3
        try:
            parts = gstring.split(body, kind)
        except gstring.GStringSyntaxError as exc:
            line, col = self._line_col(body_start + exc.offset)
            raise SyntaxProblem(str(exc), line, col) from None
        except ValueError as exc:
            raise SyntaxProblem(str(exc), *_token_pos(tok)) from None
        if len(parts) == 1 and isinstance(parts[0], str):  # no interpolation
            return _at(n.Literal(parts[0]), tok)
        strings: list[str] = []
        values: list[n.Node] = []
        for part in parts:
            if isinstance(part, str):
                strings.append(part)
            else:
                line, col = self._line_col(body_start + part.offset)
                if part.source.lstrip().startswith("->"):
                    # `"${-> count}"`: a closure, called each time the GString is rendered
                    values.append(self.parse_expr("{" + part.source + "}", line, max(col - 1, 1)))
                else:
                    values.append(self.parse_expr(part.source, line, col))
        return _at(n.GStringExpr(strings, values), tok)

    def _line_col(self, pos: int) -> tuple[int, int]:
        """The script line and column of a position in the text: a binary search in the
        newlines (a count from the start, per string or operator, made long scripts
        quadratic)."""
        if self._newlines is None:
            self._newlines = _newline_positions(self.source)
        before = bisect.bisect_left(self._newlines, pos)
        if before == 0:
            return self.origin[0], pos + self.origin[1]
        return self.origin[0] + before, pos - self._newlines[before - 1]

    def true(self, items):
        return n.Literal(True)

    def false(self, items):
        return n.Literal(False)

    def null(self, items):
        return n.Literal(None)

    def this(self, items):
        return n.This()

    def super_ref(self, items):
        return n.Super()

    def empty_list(self, items):
        return n.ListExpr([])

    def list_lit(self, items):
        return _at(n.ListExpr(items[0]), items[0])

    def list_items(self, items):
        # left-recursive rule: (list_items "," item) or (item)
        return items[0] + [items[1]] if len(items) == 2 else [items[0]]

    def empty_map(self, items):
        return n.MapExpr([])

    def map_lit(self, items):
        return _at(n.MapExpr(items[0]), items[0])

    def map_entries(self, items):
        return items[0] + [items[1]] if len(items) == 2 else [items[0]]

    def map_entry(self, items):
        return _at(n.MapEntry(items[0], items[1]), items[0])

    def spread_map_entry(self, items):
        return _at(n.MapEntry(None, items[0]), items[0])

    def key_name(self, items):
        return _at(n.Literal(str(items[0])), items[0])

    key_string = key_name

    def key_gstring(self, items):
        return self._string_node(items[0], "dq")

    def key_number(self, items):
        return self.number(items)

    def key_expr(self, items):
        return items[0]

    def key_true(self, items):
        return n.Literal(True)

    def key_false(self, items):
        return n.Literal(False)

    def key_null(self, items):
        return n.Literal(None)

    def key_kw(self, items):
        return n.Literal(str(items[0]))

    def closure_no_params(self, items):
        body = items[0]
        return _at(n.ClosureExpr([], body, True), body)

    def closure_with_params(self, items):
        open_tok = items[0]
        params = items[1] if len(items) == 3 else []
        return _at(n.ClosureExpr(params, items[-1], False), open_tok)

    def new_expr(self, items):
        type_tok = items[0]
        args = self._named_args(items[1]) if len(items) > 1 else []
        return self._op(_at(n.New(str(type_tok), args), type_tok), self._rule_start())

    def new_array(self, items):
        type_tok, (dims, open_dims) = items
        if not dims:
            raise SyntaxProblem(
                "Array creation needs a size: new T[n] (Groovy 2.4 has no array initializer; "
                "use [a, b] as T[])",
                type_tok.line,
                type_tok.column,
            )
        node = n.NewArray(str(type_tok), dims, open_dims)
        return self._op(_at(node, type_tok), self._rule_start())

    def array_dims(self, items):
        dims, open_dims = items[1] if len(items) > 1 else ([], 0)
        return [items[0], *dims], open_dims

    def open_dim(self, items):
        dims, open_dims = items[0] if items else ([], 0)
        if dims:  # `new int[][3]`: a sized dimension after an open one
            raise SyntaxProblem("Unexpected '['", dims[0].line, dims[0].col)
        return dims, open_dims + 1
