"""The post-lexer: Groovy's layout rules, applied to the scanner's raw tokens.

Groovy's grammar is not LALR(1) as written: a newline may or may not end a statement, `println x`
is a call, `String s` is a declaration, `{` is a block or a closure, `in` is an operator or part
of a for-in. The post-lexer settles each of these with look-ahead over the token list and emits
distinct terminals, so the `.lark` grammar stays small and conflict-free:

- `SEP` for a newline or `;` that ends a statement (never inside `()`/`[]`, never after an
  operator or comma, never before a leading `.`, `?.`, `*.`, `.&`, `.@`, `else`, `catch`, `finally`);
- `CMD_OPEN`/`CMD_CLOSE` around the arguments of a command expression (`log.info "hi"`);
- `TYPE` for a whole type in a declaration position (`java.util.Map<String, Object>` becomes one
  token; generic arguments are erased, as Groovy erases them);
- `METHOD_NAME` for the name in a method definition; `BLOCK_OPEN` for a statement block's `{`;
  `CLOSURE_PARAMS` for a closure `{` followed by a parameter list and `->`;
- `FOR_IN` for the `in`/`:` of a for-in loop; `LABEL` for `name:` at a statement start.
"""

from __future__ import annotations

from convoscript.grammar.scanner import PRIMITIVE_TYPES, RawToken

# After one of these, a newline never ends the statement: the expression goes on.
_CONTINUATION = {
    "+",
    "-",
    "*",
    "/",
    "%",
    "**",
    "=",
    "+=",
    "-=",
    "*=",
    "/=",
    "%=",
    "**=",
    "&=",
    "|=",
    "^=",
    "<<=",
    ">>=",
    ">>>=",
    "==",
    "!=",
    "<",
    ">",
    "<=",
    ">=",
    "<=>",
    "=~",
    "==~",
    "&&",
    "||",
    "&",
    "|",
    "^",
    "<<",
    ">>",
    ">>>",
    "..",
    "..<",
    "?",
    ":",
    "?:",
    ",",
    ".",
    "?.",
    "*.",
    ".&",
    ".@",
    "?.@",
    "*.@",
    "!",
    "~",
    "->",
    "(",
    "[",
    "in",
    "instanceof",
    "as",
    "new",
    "BLOCK_OPEN",
    "CLOSURE_OPEN",
    "CLOSURE_PARAMS",
    "SEP",
    "{",
    "LABEL",
    "CASE_COLON",
}

# A newline before one of these is not a statement end.
_LEADING_CONTINUATION = {
    ".",
    "?.",
    "*.",
    ".&",
    ".@",
    "?.@",
    "*.@",
    "else",
    "catch",
    "finally",
    "case",
    "default",
}

# Tokens that may start the first argument of a command expression.
_ARG_START = {
    "NAME",
    "NUMBER",
    "STRING",
    "GSTRING",
    "SLASHY",
    "DSLASHY",
    "true",
    "false",
    "null",
    "this",
    "new",
    "!",
    "~",
}

_MODIFIERS = {"static", "final", "private", "public", "protected", "synchronized", "abstract"}

# Keywords after which a `{` opens a statement block.
_BLOCK_KEYWORDS = {"else", "try", "finally", "do", "static"}

# Tokens that end a closure's parameter default at bracket depth 0: after it, the default
# cannot go on, so the `{` opened a closure body rather than a parameter list.
_DEFAULT_STOP = {";", ")", "]", "}"}

# Tokens that may follow `(Type)` for it to be a cast rather than a parenthesised name.
_CAST_OPERAND = {
    "NAME",
    "NUMBER",
    "STRING",
    "GSTRING",
    "SLASHY",
    "(",
    "[",
    "true",
    "false",
    "null",
    "new",
    "this",
    "!",
    "~",
}

# Tokens allowed inside generic arguments `<...>`.
_GENERIC_INNER = {"NAME", "TYPE", ".", ",", "?", "extends", "super", "[", "]", "&"}


class LayoutError(Exception):
    """Unbalanced brackets, found before parsing so the message can name the opening bracket.

    At the end of a file with brackets still open, `tokens` holds what was laid out and `open`
    the brackets left open ((line, column, text), outermost first): a token before the end may
    be the real mistake (`else` after a block missing its `}`), which only the parser sees."""

    def __init__(
        self,
        message: str,
        line: int,
        col: int,
        tokens: list[RawToken] | None = None,
        open: list[tuple[int, int, str]] | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col
        self.tokens = tokens
        self.open = open or []


_CLOSER = {"(": ")", "[": "]", "block": "}", "closure": "}"}

# Deeper nesting than any real flow script needs is refused up front, so the recursive
# stages after parsing (builder, resolver, codegen) stay far from Python's recursion limit.
MAX_NESTING = 200
_OPENER_TEXT = {"(": "(", "[": "[", "block": "{", "closure": "{"}


def _erase_generics(tokens: list[RawToken]) -> tuple[list[RawToken], set[str]]:
    """Drop `<...>` type arguments that directly follow a type name (`Map<String, Object>`) and
    the type parameters of generic classes and methods; return the tokens left and the names of
    the type parameters (`T` of `class Box<T>`, `static <T extends Number> T f()`)."""
    out: list[RawToken] = []
    params: set[str] = set()
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        out.append(tok)
        i += 1
        if (
            i < n
            and tokens[i].type == "<"
            and not tokens[i].space_before
            and (tok.type == "NAME" and tok.value[:1].isupper() or tok.type == "new")
        ):
            end = _match_generic(tokens, i)
            if end is not None:
                if i >= 2 and tokens[i - 2].type in ("class", "interface"):
                    params |= _param_names(tokens, i, end)
                i = end
        elif i < n and tokens[i].type == "<" and tok.type in _TYPE_PARAMS_AFTER:
            # a generic method's type parameters: `static <T> List<T> firstN(...)`, `def <T> T
            # pick(...)`; erased like type arguments, when a return type or name follows
            end = _match_generic(tokens, i)
            if end is not None and end < n and tokens[end].type in _TYPE_PARAMS_BEFORE:
                params |= _param_names(tokens, i, end)
                i = end
                if tok.type == "def" and end + 1 < n and tokens[end + 1].type != "(":
                    out.pop()  # `def <T> T pick(...)`: a return type follows; `def` goes
    return out, params


def _param_names(tokens: list[RawToken], start: int, end: int) -> set[str]:
    """The names declared by type parameters `<A, B extends Comparable<B>>` (depth one only)."""
    names = set()
    depth = 0
    for k in range(start, end):
        t = tokens[k].type
        if t == "<":
            depth += 1
        elif t in (">", ">>", ">>>"):
            depth -= len(t)
        elif t == "NAME" and depth == 1 and tokens[k - 1].type in ("<", ","):
            names.add(tokens[k].value)
    return names


# Tokens after which `<...>` declares a method's type parameters (Groovy 2.4 wants a modifier
# or `def` first), and the tokens that may follow them (the return type, `def`/`void`, or the
# method's name).
_TYPE_PARAMS_AFTER = {"static", "final", "private", "public", "protected", "synchronized"}
_TYPE_PARAMS_AFTER |= {"abstract", "def"}
_TYPE_PARAMS_BEFORE = {"NAME", "TYPE", "def", "void"}


def _match_generic(tokens: list[RawToken], start: int) -> int | None:
    depth = 0
    i = start
    while i < len(tokens):
        t = tokens[i].type
        if t == "<":
            depth += 1
        elif t in (">", ">>", ">>>"):
            depth -= len(t)
            if depth < 0:
                return None
            if depth == 0:
                return i + 1
        elif t not in _GENERIC_INNER:
            return None
        i += 1
    return None


class Layout:
    """One pass over the raw tokens, producing the parser's tokens (as RawTokens)."""

    def __init__(self, tokens: list[RawToken]):
        # type parameters are erased to Object, as Groovy erases them: a type written as one
        # of their names is Object (one set for the script; a class named like one is rare)
        self.toks, self.type_params = _erase_generics(tokens)
        self.out: list[RawToken] = []
        # Open brackets: (kind, info). kind is "(", "[", "block", "closure"; info marks parens
        # that belong to control statements or parameter lists.
        self.stack: list[tuple[str, str]] = []
        self.openers: list[RawToken] = []  # the token that opened each stack entry
        self.pending_cmd: list[int] = []  # stack depths at which a command awaits CMD_CLOSE
        self.after_control = False  # just closed `if (...)`, `while (...)`, method params, ...
        self.case_depth: int | None = None  # inside `case ...` awaiting its `:`

    def _push(self, entry: tuple[str, str], opener: RawToken) -> None:
        if len(self.stack) >= MAX_NESTING:
            raise LayoutError(
                f"Nested too deeply: more than {MAX_NESTING} open brackets, blocks or closures",
                opener.line,
                opener.column,
            )
        self.stack.append(entry)
        self.openers.append(opener)

    # -- look-ahead helpers ------------------------------------------------------------------
    def peek(self, i: int, skip_nl: bool = False) -> RawToken | None:
        while i < len(self.toks):
            if skip_nl and self.toks[i].type == "NL":
                i += 1
                continue
            return self.toks[i]
        return None

    def last_type(self) -> str | None:
        return self.out[-1].type if self.out else None

    def synth(self, type_: str, like: RawToken, value: str = "") -> RawToken:
        return RawToken(type_, value, like.line, like.column, like.pos, like.pos)

    def at_statement_start(self) -> bool:
        last = self.last_type()
        return last in (None, "SEP", "BLOCK_OPEN", "{", "->", "else", "LABEL", "CASE_COLON") or (
            self.after_control and last == ")"
        )

    def _param_name(self, j: int) -> tuple[int, int | None]:
        """A parameter from `j`: skips `final`/`def`, then returns (the index after them, the
        index of the parameter's NAME when a type, `String... parts` included, precedes it;
        else None)."""
        toks = self.toks
        while j < len(toks) and toks[j].type in ("final", "def"):
            j += 1
        end = self._type_end(j)
        if (
            end is not None
            and end + 1 < len(toks)
            and toks[end].type == "..."
            and toks[end + 1].type == "NAME"
        ):
            end += 1  # varargs: `String... parts`
        if end is not None and end < len(toks) and toks[end].type == "NAME":
            return j, end
        return j, None

    def _type_end(self, i: int) -> int | None:
        """If a type (`a.b.C`, `String[]`, `int`) starts at i, the index after it."""
        toks = self.toks
        if i >= len(toks):
            return None
        if toks[i].type == "TYPE":
            j = i + 1
        elif toks[i].type == "NAME":
            j = i + 1
            while j + 1 < len(toks) and toks[j].type == "." and toks[j + 1].type == "NAME":
                j += 2
        else:
            return None
        while j + 1 < len(toks) and toks[j].type == "[" and toks[j + 1].type == "]":
            j += 2
        return j

    def _collapse_type(self, i: int, end: int) -> None:
        text = self._erase_param("".join(t.value for t in self.toks[i:end]))
        first = self.toks[i]
        self.out.append(
            RawToken(
                "TYPE",
                text,
                first.line,
                first.column,
                first.pos,
                self.toks[end - 1].end_pos,
                first.space_before,
            )
        )

    def _erase_param(self, text: str) -> str:
        """`Object` for a type parameter `T` (`Object[]` for `T[]`), else the type as written."""
        base = text.split("[", 1)[0].removesuffix("...")
        return "Object" + text[len(base) :] if base in self.type_params else text

    # -- the pass ---------------------------------------------------------------------------
    def run(self) -> list[RawToken]:
        i = 0
        toks = self.toks
        while i < len(toks):
            tok = toks[i]
            t = tok.type
            if t == "NL":
                i = self._newline(i)
                continue
            if t == ";":
                if self.stack and self.stack[-1] == ("(", "for"):
                    self.out.append(tok)
                elif (self.peek(i + 1, skip_nl=True) or tok).type in ("}", "case", "default"):
                    self._end_commands()
                else:
                    self._end_commands()
                    self._sep(tok)
                i += 1
                continue
            if self.at_statement_start() and not (self.stack and self.stack[-1][0] in "(["):
                consumed = self._statement_start(i)
                if consumed is not None:
                    i = consumed
                    continue
            i = self._token(i)
        if self.stack:
            opener = self.openers[-1]
            kind = self.stack[-1][0]
            self._end_commands(final=True)
            still_open = [
                (o.line, o.column, _OPENER_TEXT[k]) for o, (k, _) in zip(self.openers, self.stack)
            ]
            raise LayoutError(
                f"Unexpected end of file: the '{_OPENER_TEXT[kind]}' opened here is never "
                f"closed by '{_CLOSER[kind]}'",
                opener.line,
                opener.column,
                tokens=self.out,
                open=still_open,
            )
        self._end_commands(final=True)
        while self.out and self.out[-1].type == "SEP":
            self.out.pop()
        return self.out

    def _sep(self, like: RawToken) -> None:
        self.after_control = False
        if self.out and self.last_type() not in ("SEP", "BLOCK_OPEN", "{", "CLOSURE_OPEN", "->"):
            self.out.append(self.synth("SEP", like))

    def _newline(self, i: int) -> int:
        nxt = self.peek(i, skip_nl=True)
        j = i
        while j < len(self.toks) and self.toks[j].type == "NL":
            j += 1
        if self.stack and self.stack[-1][0] in "([":
            return j
        last = self.last_type()
        if nxt is None or last is None or last in _CONTINUATION:
            return j
        if nxt.type in _LEADING_CONTINUATION or nxt.type == "}":
            return j
        if nxt.type == "{" and ((self.after_control and last == ")") or last in _BLOCK_KEYWORDS):
            return j
        self._end_commands()
        self._sep(self.toks[i])
        return j

    def _end_commands(self, final: bool = False) -> None:
        depth = len(self.stack)
        while self.pending_cmd and (final or self.pending_cmd[-1] >= depth):
            self.pending_cmd.pop()
            like = self.out[-1] if self.out else RawToken("NL", "", 1, 1, 0, 0)
            self.out.append(
                RawToken("CMD_CLOSE", "", like.line, like.column, like.end_pos, like.end_pos)
            )

    def _statement_start(self, i: int) -> int | None:
        """Declarations, method definitions, labels and command expressions. None: nothing special."""
        toks = self.toks
        tok = toks[i]
        nxt = self.peek(i + 1)
        if tok.type == "NAME" and nxt is not None and nxt.type == ":":
            self.out.append(
                RawToken(
                    "LABEL", tok.value, tok.line, tok.column, tok.pos, nxt.end_pos, tok.space_before
                )
            )
            return i + 2
        j = i
        while j < len(toks) and (toks[j].type in _MODIFIERS or toks[j].type == "@"):
            if toks[j].type == "@":
                j = self._annotation(j)
                continue
            self.out.append(toks[j])
            j += 1
        has_modifiers = j > i
        head = toks[j] if j < len(toks) else None
        if head is None:
            return j if has_modifiers else None
        if head.type in ("def", "void"):
            self.out.append(head)
            if head.type == "def" and j + 1 < len(toks) and toks[j + 1].type == "(":
                self.out.append(toks[j + 1])  # `def (String a, int b) = ...`
                self._push(("(", "multi"), toks[j + 1])
                return self._params(j + 2, closer=")")
            return self._after_decl_type(j + 1)
        end = self._type_end(j)
        if end is not None and end < len(toks) and toks[end].type == "NAME":
            last_segment = toks[end - 1] if toks[end - 1].type != "]" else toks[j]
            is_type = (
                head.type == "TYPE"
                or has_modifiers
                or end - j > 1
                and toks[end - 1].type == "]"
                or last_segment.value[:1].isupper()
            )
            if is_type:
                self._collapse_type(j, end)
                return self._after_decl_type(end)
        if (
            head.type == "NAME"
            and self.stack
            and self.stack[-1][1] == "class:" + head.value
            and j + 1 < len(toks)
            and toks[j + 1].type == "("
        ):
            return self._method_name(j)  # a constructor: `Item(String name) { ... }`
        if head.type in ("class", "interface", "enum"):
            return self._class_header(j)
        if (
            head.type == "NAME"
            and head.value == "trait"
            and (named := self.peek(j + 1)) is not None
            and named.type == "NAME"
            and (after := self.peek(j + 2)) is not None
            and after.type in ("{", "NL", "implements", "extends", "<")
        ):
            # `trait Name {`: `trait` is a keyword only there, as in Groovy
            toks[j] = RawToken("trait", "trait", head.line, head.column, head.pos, head.end_pos)
            return self._class_header(j)
        if (
            has_modifiers
            and head.type == "NAME"
            and (after := self.peek(j + 1)) is not None
            and after.type == "("
        ):
            return self._method_name(j)
        if has_modifiers:
            return j
        if head.type == "NAME":
            return self._command(j)
        return None

    def _annotation(self, j: int) -> int:
        """`@Name` / `@a.b.Name(args)` becomes one ANNOTATION token (the compiler decides)."""
        toks = self.toks
        at = toks[j]
        k = j + 2 if j + 1 < len(toks) and toks[j + 1].type == "NAME" else j + 1
        while k + 1 < len(toks) and toks[k].type == "." and toks[k + 1].type == "NAME":
            k += 2
        name = "".join(t.value for t in toks[j + 1 : k])
        args_start = k
        if k < len(toks) and toks[k].type == "(":
            depth = 0
            while k < len(toks):
                if toks[k].type == "(":
                    depth += 1
                elif toks[k].type == ")":
                    depth -= 1
                    if depth == 0:
                        k += 1
                        break
                k += 1
        # the arguments' tokens travel with the name, so the compiler can vet them
        args = " ".join(f"{t.type}:{t.value}" for t in toks[args_start:k])
        self.out.append(
            RawToken(
                "ANNOTATION",
                name + ("\0" + args if args else ""),
                at.line,
                at.column,
                at.pos,
                toks[k - 1].end_pos,
                at.space_before,
            )
        )
        while k < len(toks) and toks[k].type == "NL":
            k += 1
        return k

    def _class_header(self, j: int) -> int:
        """`class Name [extends Base] [implements A, B] {`: the `{` opens the class body."""
        toks = self.toks
        self.out.append(toks[j])
        k = j + 1
        name = toks[k].value if k < len(toks) and toks[k].type == "NAME" else ""
        while k < len(toks) and toks[k].type not in ("{", "NL", ";"):
            if toks[k].type == "implements" or (
                toks[j].type in ("interface", "trait") and toks[k].type == "extends"
            ):
                # interfaces carry no behaviour, only a type: one IMPLEMENTS token names them
                start = k
                names: list[str] = []
                k += 1
                while k < len(toks) and toks[k].type not in ("{", "NL", ";"):
                    if toks[k].type == "<":
                        end = _match_generic(toks, k)
                        k = end if end is not None else k + 1
                        continue
                    if toks[k].type == "NAME":
                        names.append(toks[k].value)
                    k += 1
                first = toks[start]
                self.out.append(
                    RawToken(
                        "IMPLEMENTS",
                        ",".join(names),
                        first.line,
                        first.column,
                        first.pos,
                        toks[k - 1].end_pos,
                    )
                )
                break
            if toks[k].type == "<":  # `Comparable<Version>` was erased; a class's own <T>
                end = _match_generic(toks, k)
                k = end if end is not None else k + 1
                continue
            self.out.append(toks[k])
            k += 1
        while k < len(toks) and toks[k].type == "NL":
            k += 1
        if k < len(toks) and toks[k].type == "{":
            brace = toks[k]
            self._push(("block", "class:" + name), brace)
            self.out.append(
                RawToken(
                    "BLOCK_OPEN",
                    "{",
                    brace.line,
                    brace.column,
                    brace.pos,
                    brace.end_pos,
                    brace.space_before,
                )
            )
            return k + 1
        return k

    def _after_decl_type(self, j: int) -> int:
        """After `def`/a type: a method definition if `name(` follows."""
        toks = self.toks
        if j + 1 < len(toks) and toks[j].type == "NAME" and toks[j + 1].type == "(":
            return self._method_name(j)
        return j

    def _method_name(self, j: int) -> int:
        name = self.toks[j]
        self.out.append(
            RawToken(
                "METHOD_NAME",
                name.value,
                name.line,
                name.column,
                name.pos,
                name.end_pos,
                name.space_before,
            )
        )
        self.out.append(self.toks[j + 1])
        self._push(("(", "params"), self.toks[j + 1])
        return self._params(j + 2, closer=")")

    def _params(self, j: int, closer: str) -> int:
        """Copy a parameter list, collapsing each parameter's type into a TYPE token."""
        toks = self.toks
        expect_param = True
        while j < len(toks) and toks[j].type != closer:
            t = toks[j].type
            if t == "NL":
                j += 1
                continue
            if expect_param:
                j, name_at = self._param_name(j)
                if name_at is not None:
                    self._collapse_type(j, name_at)
                    j = name_at
                expect_param = False
                continue
            if t == ",":
                expect_param = True
                self.out.append(toks[j])
                j += 1
                continue
            if t == "=":  # a default value: an ordinary expression up to the next `,`
                self.out.append(toks[j])
                j += 1
                base = len(self.stack)
                while j < len(toks) and not (
                    toks[j].type in (",", closer) and len(self.stack) == base
                ):
                    if (
                        toks[j].type == "NL"
                        and len(self.stack) == base
                        and (self.peek(j, skip_nl=True) or toks[j]).type == closer
                    ):
                        j = self._skip_nl(j)  # `{ a = 1 <newline> -> a }`
                    elif toks[j].type == "NL":
                        j = self._newline(j)
                    else:
                        j = self._token(j)
                continue
            self.out.append(toks[j])
            j += 1
        return j

    def _command(self, j: int) -> int | None:
        """`name arg, ...` or `a.b.name arg, ...` at a statement start: wrap the arguments."""
        toks = self.toks
        k = j + 1
        while k + 1 < len(toks) and toks[k].type in (".", "?.") and toks[k + 1].type == "NAME":
            k += 2
        if k >= len(toks):
            return None
        arg = toks[k]
        if arg.type not in _ARG_START:
            return None
        for idx in range(j, k):
            self.out.append(toks[idx])
        self.out.append(self.synth("CMD_OPEN", arg))
        self.pending_cmd.append(len(self.stack))
        return k

    def _token(self, i: int) -> int:
        toks = self.toks
        tok = toks[i]
        t = tok.type
        closing_control = False
        if (
            t in ("if", "while", "for", "catch", "switch")
            and (after := self.peek(i + 1, True)) is not None
            and after.type == "("
        ):
            self.out.append(tok)
            paren_index = i + 1
            while toks[paren_index].type == "NL":
                paren_index += 1
            self.out.append(toks[paren_index])
            self._push(("(", t), toks[paren_index])
            self.after_control = False
            j = paren_index + 1
            if t == "for":
                return self._for_header(j)
            if t == "catch":
                return self._catch_header(j)
            return j
        if t == "(":
            cast_end = self._cast(i)
            if cast_end is not None:
                self.after_control = False
                return cast_end
            self._push(("(", ""), tok)
        elif t == "[":
            self._push(("[", ""), tok)
        elif t == "{":
            last = self.last_type()
            if (self.after_control and last == ")") or last in _BLOCK_KEYWORDS:
                self._push(("block", ""), tok)
                self.after_control = False
                self.out.append(
                    RawToken(
                        "BLOCK_OPEN",
                        "{",
                        tok.line,
                        tok.column,
                        tok.pos,
                        tok.end_pos,
                        tok.space_before,
                    )
                )
                return i + 1
            self._push(("closure", ""), tok)
            self.after_control = False
            if self._closure_has_params(i + 1):
                self.out.append(
                    RawToken(
                        "CLOSURE_PARAMS",
                        "{",
                        tok.line,
                        tok.column,
                        tok.pos,
                        tok.end_pos,
                        tok.space_before,
                    )
                )
                j = self._params(i + 1, closer="->")
                return j
            self.out.append(tok)
            return i + 1
        elif t in (")", "]", "}"):
            if t == "}":
                self._end_commands()
            if not self.stack:
                raise LayoutError(
                    f"Unexpected '{t}': there is no open bracket to close", tok.line, tok.column
                )
            kind, info = self.stack[-1]
            if _CLOSER[kind] != t:
                opener = self.openers[-1]
                raise LayoutError(
                    f"Unexpected '{t}': the '{_OPENER_TEXT[kind]}' at line {opener.line}, "
                    f"column {opener.column} must be closed by '{_CLOSER[kind]}' first",
                    tok.line,
                    tok.column,
                )
            self.stack.pop()
            self.openers.pop()
            closing_control = kind == "(" and info in (
                "if",
                "while",
                "for",
                "catch",
                "params",
                "switch",
            )
        elif t in ("as", "instanceof", "new"):
            self.out.append(tok)
            end = self._type_end(i + 1)
            if end is not None:
                self._collapse_type(i + 1, end)
                return end
            return i + 1
        elif t == "else":
            self._end_commands()
        elif t in ("case", "default"):
            self._end_commands()
            self.case_depth = len(self.stack)
        elif t == ":" and self.case_depth == len(self.stack):
            self.case_depth = None
            self.out.append(
                RawToken(
                    "CASE_COLON", ":", tok.line, tok.column, tok.pos, tok.end_pos, tok.space_before
                )
            )
            return i + 1
        elif t == "import":
            return self._import(i)
        elif t == "=" and not (self.stack and self.stack[-1][0] in "(["):
            # `def result = add 3, 4`: a command expression on the right of an assignment
            self.out.append(tok)
            self.after_control = False
            nxt = self.peek(i + 1)
            if nxt is not None and nxt.type == "NAME":
                consumed = self._command(i + 1)
                if consumed is not None:
                    return consumed
            return i + 1
        self.out.append(tok)
        self.after_control = closing_control
        return i + 1

    def _import(self, i: int) -> int:
        """`import [static] a.b.C [.*] [as Alias]` becomes `import` IMPORT_PATH [`as` NAME]."""
        toks = self.toks
        self.out.append(toks[i])
        j = i + 1
        prefix = ""
        if j < len(toks) and toks[j].type == "static":
            prefix = "static "
            j += 1
        start = j
        while j < len(toks) and toks[j].type in ("NAME", ".", "*", "TYPE"):
            j += 1
        if j == start:
            return i + 1
        first = toks[start]
        text = prefix + "".join(t.value for t in toks[start:j])
        self.out.append(
            RawToken(
                "IMPORT_PATH",
                text,
                first.line,
                first.column,
                first.pos,
                toks[j - 1].end_pos,
                first.space_before,
            )
        )
        if j + 1 < len(toks) and toks[j].type == "as" and toks[j + 1].type == "NAME":
            # `import a.b.C as Alias`: the alias is a name, whatever its case (not a cast type)
            self.out.extend(toks[j : j + 2])
            return j + 2
        return j

    def _closure_has_params(self, j: int) -> bool:
        """Whether a closure's `{` is followed by a parameter list and `->`.

        Read as Groovy 2.4's grammar reads it: `[final|def]* [Type] name [= default]`, separated
        by commas. A default is any expression (`f = new File('/x')`, `n = [1, 2].size()`), so it
        is skipped with its brackets balanced rather than vetted token by token. Newlines may
        follow `{` and `,` and precede `->`, as in Groovy; a newline that would end a statement
        means this is a closure body, not parameters.
        """
        toks = self.toks
        j = self._skip_nl(j)
        if j < len(toks) and toks[j].type == "->":
            return True  # `{ -> ... }`: an explicitly empty parameter list
        while j < len(toks):
            j, name_at = self._param_name(j)
            if name_at is not None:
                j = name_at
            if j >= len(toks) or toks[j].type != "NAME":
                return False
            j += 1
            if j < len(toks) and toks[j].type == "=":
                end = self._default_end(j + 1)
                if end is None:
                    return False
                j = end
            j = self._skip_nl(j)
            if j >= len(toks):
                return False
            if toks[j].type == "->":
                return True
            if toks[j].type != "," or j > 0 and toks[j - 1].type == "NL":
                return False  # Groovy refuses a newline before the comma, too
            j = self._skip_nl(j + 1)
        return False

    def _skip_nl(self, j: int) -> int:
        while j < len(self.toks) and self.toks[j].type == "NL":
            j += 1
        return j

    def _default_end(self, j: int) -> int | None:
        """The index of the `,` or `->` (or the newline before `->`) that ends a parameter
        default starting at j; None if the tokens cannot be a default."""
        toks = self.toks
        depth = 0
        while j < len(toks):
            t = toks[j].type
            if depth == 0:
                if t in (",", "->"):
                    return j
                if t in _DEFAULT_STOP:
                    return None
                if t == "NL":  # the expression goes on after an operator or before a `.`
                    k = self._skip_nl(j)
                    nxt = toks[k].type if k < len(toks) else None
                    if toks[j - 1].type in _CONTINUATION or nxt in _LEADING_CONTINUATION:
                        j = k
                        continue
                    return j if nxt == "->" else None
            if t in ("(", "[", "{"):
                depth += 1
            elif t in (")", "]", "}"):
                depth -= 1
            j += 1
        return None

    def _cast(self, i: int) -> int | None:
        """`(Type) operand`: a Java-style cast becomes one CAST token."""
        toks = self.toks
        end = self._type_end(i + 1)
        if end is None or end + 1 >= len(toks) or toks[end].type != ")":
            return None
        first = toks[i + 1]
        if not (first.type == "TYPE" or first.value[:1].isupper()):
            return None
        operand = toks[end + 1].type
        # `(long) -x` casts `-x`: a primitive type cannot be a value, so a sign after it starts
        # the operand; `(Integer) -x` stays a subtraction from the class, as in Groovy
        primitive = end == i + 2 and first.value in PRIMITIVE_TYPES
        if operand not in _CAST_OPERAND and not (primitive and operand in ("-", "+")):
            return None
        text = self._erase_param("".join(t.value for t in toks[i + 1 : end]))
        tok = toks[i]
        self.out.append(
            RawToken(
                "CAST", text, tok.line, tok.column, tok.pos, toks[end].end_pos, tok.space_before
            )
        )
        return end + 1

    def _for_header(self, j: int) -> int:
        """Mark a for-in's `in`/`:` as FOR_IN and collapse a typed loop variable."""
        toks = self.toks
        depth = 0
        k = j
        classic = False
        while k < len(toks):
            t = toks[k].type
            if t in ("(", "[", "{"):
                depth += 1
            elif t in (")", "]", "}"):
                if depth == 0:
                    break
                depth -= 1
            elif t == ";" and depth == 0:
                classic = True
                break
            k += 1
        if j >= len(toks):
            return j
        if toks[j].type == "def":
            self.out.append(toks[j])
            j += 1
        end = self._type_end(j)
        if end is not None and end < len(toks) and toks[end].type == "NAME":
            self._collapse_type(j, end)
            j = end
        if (
            not classic
            and j + 1 < len(toks)
            and toks[j].type == "NAME"
            and toks[j + 1].type in ("in", ":")
        ):
            self.out.append(toks[j])
            sep = toks[j + 1]
            self.out.append(
                RawToken(
                    "FOR_IN",
                    sep.value,
                    sep.line,
                    sep.column,
                    sep.pos,
                    sep.end_pos,
                    sep.space_before,
                )
            )
            return j + 2
        return j

    def _catch_header(self, j: int) -> int:
        """`catch (A | b.C e)`: every type before the variable becomes a TYPE token."""
        toks = self.toks
        while True:
            end = self._type_end(j)
            if end is None or end >= len(toks) or toks[end].type not in ("NAME", "|"):
                return j
            if toks[end].type == "NAME" or toks[end].type == "|":
                self._collapse_type(j, end)
                j = end
                if toks[j].type == "|":
                    self.out.append(toks[j])
                    j += 1
                    continue
                return j


def layout(tokens: list[RawToken]) -> list[RawToken]:
    return Layout(tokens).run()
