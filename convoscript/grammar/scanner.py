"""The hand-written scanner: Groovy source text to raw tokens with positions.

It does what Groovy's own lexer does and a table-driven lexer cannot: decide whether `/` starts a
slashy string or is a division from the previous significant token, scan nested GString
interpolations (`"a ${m["k"]} b"`) as one token, and keep newlines as tokens for the post-lexer
(`layout.py`), which turns them into statement separators.
"""

from __future__ import annotations

from dataclasses import dataclass

from convoscript.errors import FlowSyntaxError
from convoscript.grammar.budget import CompileBudget

KEYWORDS = {
    "def",
    "if",
    "else",
    "for",
    "in",
    "while",
    "break",
    "continue",
    "return",
    "try",
    "catch",
    "finally",
    "throw",
    "new",
    "true",
    "false",
    "null",
    "instanceof",
    "as",
    "import",
    "static",
    "void",
    "this",
    "super",
    "final",
    "private",
    "public",
    "protected",
    "class",
    "interface",
    "enum",
    "switch",
    "case",
    "default",
    "do",
    "assert",
    "synchronized",
    "abstract",
    "transient",
    "volatile",
    "native",
    "strictfp",
    "throws",
    "extends",
    "implements",
    "package",
    "goto",
    "const",
}
# operators followed by a member name (`obj.class`, `obj.@in`: a keyword is a name there)
MEMBER_OPERATORS = frozenset({".", "?.", "*.", ".&", ".@", "?.@", "*.@"})
PRIMITIVE_TYPES = {"int", "long", "short", "byte", "char", "boolean", "double", "float"}

# Longest first: the scanner takes the first operator that matches at the cursor.
OPERATORS = sorted(
    [
        ">>>=",
        ">>>",
        "===",
        "!==",
        "<=>",
        "**=",
        "<<=",
        ">>=",
        "..<",
        "?.@",
        "*.@",
        "?.",
        "*.",
        ".&",
        ".@",
        "?:",
        "==~",
        "=~",
        "==",
        "!=",
        "<=",
        ">=",
        "&&",
        "||",
        "++",
        "--",
        "+=",
        "-=",
        "*=",
        "/=",
        "%=",
        "&=",
        "|=",
        "^=",
        "**",
        "<<",
        ">>",
        "->",
        "...",
        "..",
        "+",
        "-",
        "*",
        "/",
        "%",
        "=",
        "<",
        ">",
        "!",
        "~",
        "&",
        "|",
        "^",
        "?",
        ":",
        ".",
        ",",
        ";",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "@",
    ],
    key=len,
    reverse=True,
)

# After these tokens an operand is expected, so a `/` starts a slashy string, not a division.
_OPERAND_ENDERS = {"NAME", "NUMBER", "STRING", "GSTRING", "SLASHY", ")", "]", "}", "++", "--"}
_VALUE_KEYWORDS = {"true", "false", "null", "this", "super"}


@dataclass(slots=True)
class RawToken:
    type: str  # NAME, NUMBER, STRING, GSTRING, SLASHY, NL, TYPE, a keyword, or the operator text
    value: str  # the token's text; for STRING the decoded value, for GSTRING/SLASHY the raw body
    line: int
    column: int
    pos: int
    end_pos: int
    space_before: bool = False


class Scanner:
    """Turns one source text into a list of RawTokens (ending without an EOF token).

    `line` and `col` say where the text starts in the script (a GString interpolation's text is
    scanned on its own): tokens carry script lines and columns, and positions in the text.
    Every token is charged to the compile budget as it is made; nothing here is quadratic
    (positions come from the current line's start, never from a search back through the text).
    """

    def __init__(
        self,
        source: str,
        filename: str,
        budget: CompileBudget | None = None,
        line: int = 1,
        col: int = 1,
    ):
        self.src = source
        self.filename = filename
        self.pos = 0
        self.line = line
        self.line_start = 0
        self.first_line = line
        self.col_shift = col - 1  # added to columns until the text's first newline
        self.budget = budget
        remaining = budget.limits.max_tokens - budget.tokens if budget is not None else None
        self.token_cap = remaining if remaining is not None else -1
        self.tokens: list[RawToken] = []

    # -- helpers ----------------------------------------------------------------------------
    def _line_col(self, pos: int) -> tuple[int, int]:
        """The script line and column of text position `pos` (for errors: searches)."""
        newlines = self.src.count("\n", 0, pos)
        col = pos - (self.src.rfind("\n", 0, pos) + 1) + 1
        return self.first_line + newlines, col + (self.col_shift if newlines == 0 else 0)

    def error(self, message: str, pos: int | None = None) -> FlowSyntaxError:
        line, col = self._line_col(self.pos if pos is None else pos)
        return FlowSyntaxError.at(self.filename, self.src, line, col, message)

    def _advance_lines(self, start: int, end: int) -> None:
        newlines = self.src.count("\n", start, end)
        if newlines:
            self.line += newlines
            self.line_start = self.src.rfind("\n", start, end) + 1
            self.col_shift = 0

    def _emit(self, type_: str, value: str, start: int, space: bool) -> None:
        if start >= self.line_start:
            line, col = self.line, start - self.line_start + 1 + self.col_shift
        else:
            line, col = self._line_col(start)
        self.tokens.append(RawToken(type_, value, line, col, start, self.pos, space))
        self._advance_lines(start, self.pos)
        if self.budget is not None:
            if len(self.tokens) == self.token_cap + 1:
                self.budget.charge_tokens(len(self.tokens), line, col)  # raises
            self.budget.tick(line, col)

    def _prev_type(self) -> str | None:
        return self.tokens[-1].type if self.tokens else None

    def _prev_significant(self) -> RawToken | None:
        """The last token that is not a newline."""
        for tok in reversed(self.tokens):
            if tok.type != "NL":
                return tok
        return None

    def _slash_starts_string(self) -> bool:
        if not self.tokens or self.tokens[-1].type == "NL":
            return True  # a newline ends the statement: `/` begins a new operand
        prev = self.tokens[-1].type
        return prev not in _OPERAND_ENDERS and prev not in _VALUE_KEYWORDS

    # -- main loop --------------------------------------------------------------------------
    def scan(self) -> list[RawToken]:
        src = self.src
        n = len(src)
        if src.startswith("#!"):
            self.pos = src.find("\n") if "\n" in src else n
        space = False
        while self.pos < n:
            c = src[self.pos]
            if c in " \t\r\f":
                self.pos += 1
                space = True
                continue
            if c == "\\" and src.startswith("\n", self.pos + 1):  # explicit line continuation
                self.pos += 2
                self.line += 1
                self.line_start = self.pos
                self.col_shift = 0
                space = True
                continue
            start = self.pos
            if c == "\n":
                self.pos += 1
                self._emit("NL", "\n", start, space)
                space = False
                continue
            if src.startswith("//", start):
                end = src.find("\n", start)
                self.pos = n if end < 0 else end
                space = True
                continue
            if src.startswith("/*", start):
                end = src.find("*/", start + 2)
                if end < 0:
                    raise self.error("Unterminated comment: '/*' is never closed by '*/'")
                self.pos = end + 2
                self._advance_lines(start, self.pos)
                space = True
                continue
            if c.isalpha() or c == "_" or c == "$" and not src.startswith("$/", start):
                self._name(start, space)
            elif c.isdigit() or (
                c == "."
                and start + 1 < n
                and src[start + 1].isdigit()
                and self._prev_type() not in _OPERAND_ENDERS
            ):
                self._number(start, space)
            elif c == "'" or c == '"':
                self._quoted(start, space)
            elif c == "$" and src.startswith("$/", start):
                self._dollar_slashy(start, space)
            elif c == "/" and self._slash_starts_string():
                self._slashy(start, space)
            else:
                self._operator(start, space)
            space = False
        return self.tokens

    def _name(self, start: int, space: bool) -> None:
        src, n = self.src, len(self.src)
        end = start + 1
        while end < n and (src[end].isalnum() or src[end] in "_$"):
            end += 1
        word = src[start:end]
        self.pos = end
        prev = self.tokens[-1] if self.tokens else None
        after_dot = prev is not None and prev.type in MEMBER_OPERATORS
        # `[class: 1]`, `foo(double: 2)`: a keyword used as a map key or argument name (also
        # first on a line of a map literal written one entry per line)
        before = self._prev_significant()
        as_key = (
            before is not None
            and before.type in ("[", ",", "(")
            and self._colon_follows(end)
            and word not in ("true", "false", "null")
        )
        if after_dot or as_key:
            self._emit("NAME", word, start, space)  # `obj.class`, `map.in`: member names
        elif word in PRIMITIVE_TYPES:
            self._emit("TYPE", word, start, space)
        elif word in KEYWORDS:
            self._emit(word, word, start, space)
        else:
            self._emit("NAME", word, start, space)

    def _colon_follows(self, i: int) -> bool:
        """Whether a single `:` follows at i, after spaces (`[long : 1]`)."""
        src, n = self.src, len(self.src)
        while i < n and src[i] in " \t":
            i += 1
        return src.startswith(":", i) and not src.startswith("::", i)

    def _number(self, start: int, space: bool) -> None:
        src, n = self.src, len(self.src)
        end = start
        if src.startswith(("0x", "0X"), start):
            end += 2
            while end < n and (src[end] in "0123456789abcdefABCDEF_"):
                end += 1
        elif src.startswith(("0b", "0B"), start):
            end += 2
            while end < n and src[end] in "01_":
                end += 1
        else:
            while end < n and (src[end].isdigit() or src[end] == "_"):
                end += 1
            # a fraction needs a digit after the dot: `1..3` is a range, `1.abs()` a call
            if end + 1 < n and src[end] == "." and src[end + 1].isdigit():
                end += 1
                while end < n and (src[end].isdigit() or src[end] == "_"):
                    end += 1
            if end < n and src[end] in "eE":
                probe = end + 1
                if probe < n and src[probe] in "+-":
                    probe += 1
                if probe < n and src[probe].isdigit():
                    end = probe
                    while end < n and src[end].isdigit():
                        end += 1
        if end < n and src[end] in "lLgGiIdDfF":
            end += 1
        if end < n and (src[end].isalnum() or src[end] == "_"):
            self.pos = end
            raise self.error(f"Invalid number literal: '{src[start : end + 1]}'", start)
        self.pos = end
        if self.budget is not None and end - start > self.budget.limits.max_literal_digits:
            self.budget.check_digits(src[start:end], *self._line_col(start))
        self._emit("NUMBER", src[start:end], start, space)

    def _quoted(self, start: int, space: bool) -> None:
        src = self.src
        quote = src[start]
        triple = src.startswith(quote * 3, start)
        delim = quote * 3 if triple else quote
        body_start = start + len(delim)
        i = body_start
        n = len(src)
        depth = 0  # nesting of ${ } inside a double-quoted string
        while True:
            if i >= n:
                kind = "triple-quoted string" if triple else "string literal"
                raise self.error(f"Unterminated {kind}: missing closing {delim}", start)
            ch = src[i]
            if ch == "\\":
                i += 2
                continue
            if depth == 0:
                if src.startswith(delim, i):
                    break
                if ch == "\n" and not triple:
                    raise self.error(f"Unterminated string literal: missing closing {delim}", start)
                if quote == '"' and src.startswith("${", i):
                    depth = 1
                    i = self._skip_interpolation(i + 2, start)
                    depth = 0
                    continue
            i += 1
        body = src[body_start:i]
        self.pos = i + len(delim)
        if quote == "'":
            self._emit("STRING", decode_escapes(body, self, body_start), start, space)
        else:
            self._emit("GSTRING", body, start, space)

    def _skip_interpolation(self, i: int, string_start: int) -> int:
        """Skip a `${ ... }` body (which may hold strings and braces); return the index after it."""
        src, n = self.src, len(self.src)
        depth = 1
        while i < n:
            ch = src[i]
            if ch in "'\"":
                triple = src.startswith(ch * 3, i)
                delim = ch * 3 if triple else ch
                i += len(delim)
                while i < n and not src.startswith(delim, i):
                    if src[i] == "\\":
                        i += 1
                    elif ch == '"' and src.startswith("${", i):
                        i = self._skip_interpolation(i + 2, string_start)
                        continue
                    i += 1
                i += len(delim)
                continue
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        raise self.error(
            "Unterminated GString expression: '${' is never closed by '}'", string_start
        )

    def _slashy(self, start: int, space: bool) -> None:
        src, n = self.src, len(self.src)
        i = start + 1
        if i < n and src[i] in "/*":
            raise self.error("Unexpected '/'", start)
        while i < n and src[i] != "/":
            if src[i] == "\\" and i + 1 < n and src[i + 1] == "/":
                i += 2
                continue
            if src[i] == "$" and src.startswith("${", i):
                i = self._skip_interpolation(i + 2, start)
                continue
            i += 1
        if i >= n:
            raise self.error("Unterminated slashy string: missing closing /", start)
        self.pos = i + 1
        self._emit("SLASHY", src[start + 1 : i], start, space)

    def _dollar_slashy(self, start: int, space: bool) -> None:
        end = self.src.find("/$", start + 2)
        if end < 0:
            raise self.error("Unterminated dollar-slashy string: missing closing /$", start)
        self.pos = end + 2
        self._emit("DSLASHY", self.src[start + 2 : end], start, space)

    def _operator(self, start: int, space: bool) -> None:
        src = self.src
        for op in OPERATORS:
            if src.startswith(op, start):
                self.pos = start + len(op)
                self._emit(op, op, start, space)
                return
        raise self.error(f"Unexpected character: '{src[start]}'", start)


_SIMPLE_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "b": "\b",
    "f": "\f",
    "\\": "\\",
    "'": "'",
    '"': '"',
    "$": "$",
    "/": "/",
}


def decode_escapes(text: str, scanner: Scanner | None = None, offset: int = 0) -> str:
    """Decode Java/Groovy escapes (`\\n`, `\\u0041`, `\\$`, octal); a backslash-newline joins lines."""
    if "\\" not in text:
        return text
    out: list[str] = []
    surrogates = False
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        nxt = text[i + 1] if i + 1 < n else ""
        if nxt in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[nxt])
            i += 2
        elif nxt == "\n":
            i += 2
        elif nxt == "u":
            j = i + 1
            while j < n and text[j] == "u":
                j += 1
            digits = text[j : j + 4]
            if len(digits) != 4 or any(d not in "0123456789abcdefABCDEF" for d in digits):
                if scanner is not None:
                    raise scanner.error("Invalid unicode escape", offset + i)
                raise ValueError("Invalid unicode escape")
            out.append(chr(int(digits, 16)))
            surrogates = surrogates or 0xD800 <= int(digits, 16) <= 0xDFFF
            i = j + 4
        elif nxt.isdigit() and nxt in "01234567":
            j = i + 1
            while j < n and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(chr(int(text[i + 1 : j], 8)))
            i = j
        else:
            if scanner is not None:
                raise scanner.error(f"Unexpected character after backslash: '{nxt}'", offset + i)
            raise ValueError(f"bad escape \\{nxt}")
    if surrogates:  # `"\\uD83D\\uDE00"` is the emoji itself (runtime/core/utf16.py's one spelling)
        return (
            "".join(out).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
        )
    return "".join(out)


def scan(
    source: str,
    filename: str,
    budget: CompileBudget | None = None,
    line: int = 1,
    col: int = 1,
) -> list[RawToken]:
    """Scan `source`, which starts at `line`:`col` of the script, charging `budget`."""
    tokens = Scanner(source, filename, budget, line, col).scan()
    if budget is not None:
        budget.tokens += len(tokens)
    return tokens
