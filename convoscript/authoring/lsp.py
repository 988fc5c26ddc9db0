"""`convoscript lsp`: a Language Server over stdio (pygls) for editors (docs/editors.md).

Diagnostics on open, change (debounced) and save: the compiler's syntax errors and refusals
(checks.py); completion and hover (catalog.py); go to definition across the script and its
libraries and document symbols (outline.py). Libraries come from the client's
initializationOptions, its workspace settings or convoscript.toml (lspconfig.py).

This is the only module that imports pygls: the CLI imports it when `convoscript lsp` runs, so
no other command pays for loading it. Positions: LSP's are 0-based, the catalog's 1-based; a
character offset is taken as a code-point offset (exact for text in the Basic Multilingual
Plane, which is what UTF-16 clients count).
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import BinaryIO

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from convoscript._version import __version__
from convoscript.authoring import catalog, lspconfig
from convoscript.authoring.checks import Problem, SourceFile, compile_problems
from convoscript.authoring.outline import Symbol, flatten, library_outlines, outline
from convoscript.engine import Runtime

# Seconds after the last keystroke before a changed document is compiled again.
DEBOUNCE_SECONDS = 0.3

_COMPLETION_KINDS = {
    "handle": lsp.CompletionItemKind.Module,
    "method": lsp.CompletionItemKind.Method,
    "function": lsp.CompletionItemKind.Function,
    "class": lsp.CompletionItemKind.Class,
    "variable": lsp.CompletionItemKind.Variable,
    "keyword": lsp.CompletionItemKind.Keyword,
    "property": lsp.CompletionItemKind.Property,
}
_SYMBOL_KINDS = {
    "method": lsp.SymbolKind.Method,
    "class": lsp.SymbolKind.Class,
    "field": lsp.SymbolKind.Field,
    "variable": lsp.SymbolKind.Variable,
}
_SEVERITIES = {
    "error": lsp.DiagnosticSeverity.Error,
    "warning": lsp.DiagnosticSeverity.Warning,
    "info": lsp.DiagnosticSeverity.Information,
}


class FlowServer(LanguageServer):
    """The server and what it knows about the workspace: its root and library lists."""

    def __init__(self) -> None:
        super().__init__("convoscript", __version__)
        self.runtime = Runtime()
        self.root: Path | None = None
        self.init_libraries: list[str] = []
        self.setting_libraries: list[str] = []
        self.config_problem: str | None = None
        self.pending: dict[str, asyncio.TimerHandle] = {}

    def library_paths(self) -> list[Path]:
        toml_libraries, self.config_problem = lspconfig.from_toml(self.root)
        # the TOML file sits in the root, so all three resolve against it
        groups = [self.init_libraries, self.setting_libraries, toml_libraries]
        return lspconfig.resolve(self.root, groups)

    def library_files(self, before: str | None = None) -> list[SourceFile]:
        """The libraries' texts (an open editor's text over the file's), stopping at `before`
        (a library being edited is compiled after the ones listed before it)."""
        out: list[SourceFile] = []
        for path in self.library_paths():
            if before is not None and str(path) == before:
                break
            document = self.workspace.text_documents.get(from_fs_path(str(path)) or "")
            if document is not None:
                out.append(SourceFile(str(path), document.source))
                continue
            try:
                out.append(SourceFile(str(path), path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError):
                continue  # a missing library is reported by the compile of a script using it
        return out


def filename_of(uri: str) -> str:
    return to_fs_path(uri) or uri


def problems_of(server: FlowServer, uri: str) -> list[Problem]:
    document = server.workspace.get_text_document(uri)
    filename = filename_of(uri)
    libraries = server.library_files(before=str(Path(filename).resolve()))
    return compile_problems(server.runtime, document.source, filename, libraries)


def to_diagnostic(problem: Problem) -> lsp.Diagnostic:
    return lsp.Diagnostic(
        range=lsp.Range(
            lsp.Position(problem.line - 1, problem.column - 1),
            lsp.Position(problem.end_line - 1, problem.end_column - 1),
        ),
        message=problem.message,
        severity=_SEVERITIES.get(problem.severity, lsp.DiagnosticSeverity.Error),
        code=problem.code,
        source="convoscript",
    )


def publish(server: FlowServer, uri: str) -> None:
    server.pending.pop(uri, None)
    if uri not in server.workspace.text_documents:
        return
    diagnostics = [to_diagnostic(p) for p in problems_of(server, uri)]
    server.text_document_publish_diagnostics(
        lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics)
    )


def schedule(server: FlowServer, uri: str) -> None:
    """Publish after DEBOUNCE_SECONDS without a further change."""
    waiting = server.pending.pop(uri, None)
    if waiting is not None:
        waiting.cancel()
    loop = asyncio.get_running_loop()
    server.pending[uri] = loop.call_later(DEBOUNCE_SECONDS, publish, server, uri)


def library_texts(server: FlowServer, uri: str) -> dict[str, str]:
    own = str(Path(filename_of(uri)).resolve())
    return {f.path: f.text for f in server.library_files() if f.path != own}


def completion_item(item: catalog.Item) -> lsp.CompletionItem:
    return lsp.CompletionItem(
        label=item.label,
        kind=_COMPLETION_KINDS.get(item.kind, lsp.CompletionItemKind.Text),
        detail=item.detail or None,
        documentation=lsp.MarkupContent(lsp.MarkupKind.Markdown, item.documentation)
        if item.documentation
        else None,
        insert_text=item.insert_text,
    )


def symbol_range(symbol: Symbol) -> lsp.Range:
    start = lsp.Position(symbol.line - 1, symbol.column - 1)
    return lsp.Range(start, lsp.Position(symbol.line - 1, symbol.column - 1 + len(symbol.name)))


def document_symbol(symbol: Symbol) -> lsp.DocumentSymbol:
    return lsp.DocumentSymbol(
        name=symbol.name,
        kind=_SYMBOL_KINDS.get(symbol.kind, lsp.SymbolKind.Variable),
        range=symbol_range(symbol),
        selection_range=symbol_range(symbol),
        detail=symbol.detail,
        children=[document_symbol(c) for c in symbol.children],
    )


def definitions(server: FlowServer, uri: str, line: int, column: int) -> list[lsp.Location]:
    """Where the word at a 1-based position is declared: in the script, else a library."""
    document = server.workspace.get_text_document(uri)
    found = catalog.word_at(document.source, line, column)
    if found is None:
        return []
    word = found[0]
    own = [s for s in flatten(outline(document.source, filename_of(uri), line)) if s.name == word]
    symbols = own or [
        s for s in flatten(library_outlines(library_texts(server, uri))) if s.name == word
    ]
    return [
        lsp.Location(uri if s in own else from_fs_path(s.file) or s.file, symbol_range(s))
        for s in symbols
    ]


def make_server() -> FlowServer:
    server = FlowServer()

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: FlowServer, params: lsp.InitializeParams) -> None:
        ls.init_libraries = lspconfig.listed(params.initialization_options)
        root = params.root_uri or (
            params.workspace_folders[0].uri if params.workspace_folders else None
        )
        ls.root = Path(filename_of(root)) if root else None

    @server.feature(lsp.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def did_change_configuration(ls: FlowServer, params: lsp.DidChangeConfigurationParams) -> None:
        ls.setting_libraries = lspconfig.from_settings(params.settings)
        for uri in list(ls.workspace.text_documents):
            publish(ls, uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FlowServer, params: lsp.DidOpenTextDocumentParams) -> None:
        publish(ls, params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: FlowServer, params: lsp.DidChangeTextDocumentParams) -> None:
        schedule(ls, params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: FlowServer, params: lsp.DidSaveTextDocumentParams) -> None:
        publish(ls, params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FlowServer, params: lsp.DidCloseTextDocumentParams) -> None:
        waiting = ls.pending.pop(params.text_document.uri, None)
        if waiting is not None:
            waiting.cancel()
        ls.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[])
        )

    @server.feature(lsp.TEXT_DOCUMENT_COMPLETION, lsp.CompletionOptions(trigger_characters=["."]))
    def completion(ls: FlowServer, params: lsp.CompletionParams) -> lsp.CompletionList:
        uri = params.text_document.uri
        document = ls.workspace.get_text_document(uri)
        items = catalog.completions(
            document.source,
            params.position.line + 1,
            params.position.character + 1,
            filename_of(uri),
            library_texts(ls, uri),
        )
        return lsp.CompletionList(is_incomplete=False, items=[completion_item(i) for i in items])

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: FlowServer, params: lsp.HoverParams) -> lsp.Hover | None:
        uri = params.text_document.uri
        document = ls.workspace.get_text_document(uri)
        line, column = params.position.line + 1, params.position.character + 1
        item = catalog.hover(
            document.source, line, column, filename_of(uri), library_texts(ls, uri)
        )
        found = catalog.word_at(document.source, line, column)
        if item is None or found is None:
            return None
        text = f"```groovy\n{item.detail}\n```\n\n{item.documentation}".strip()
        word, start = found
        span = lsp.Range(
            lsp.Position(line - 1, start - 1), lsp.Position(line - 1, start - 1 + len(word))
        )
        return lsp.Hover(lsp.MarkupContent(lsp.MarkupKind.Markdown, text), span)

    @server.feature(lsp.TEXT_DOCUMENT_DEFINITION)
    def definition(ls: FlowServer, params: lsp.DefinitionParams) -> list[lsp.Location]:
        position = params.position
        return definitions(ls, params.text_document.uri, position.line + 1, position.character + 1)

    @server.feature(lsp.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    def document_symbols(
        ls: FlowServer, params: lsp.DocumentSymbolParams
    ) -> list[lsp.DocumentSymbol]:
        uri = params.text_document.uri
        document = ls.workspace.get_text_document(uri)
        return [document_symbol(s) for s in outline(document.source, filename_of(uri))]

    return server


def serve(stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
    """Run the server on stdin/stdout until the client says `exit`. Anything else printing to
    stdout would corrupt the protocol stream, so sys.stdout is pointed at stderr meanwhile."""
    protocol_out = stdout or sys.stdout.buffer
    sys.stdout = sys.stderr
    make_server().start_io(stdin or sys.stdin.buffer, protocol_out)
