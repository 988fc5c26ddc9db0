// The playground's editor: CodeMirror 6 with the Groovy legacy mode and the lint gutter.
// build.sh bundles this file into convoscript/service/static/editor.js (one IIFE, no CDN), which
// exposes window.ConvoEditor for app.js.
import { EditorView, basicSetup } from "codemirror";
import { EditorState, Prec } from "@codemirror/state";
import { keymap } from "@codemirror/view";
import { StreamLanguage } from "@codemirror/language";
import { groovy } from "@codemirror/legacy-modes/mode/groovy";
import { setDiagnostics, lintGutter } from "@codemirror/lint";

// create(parent, text, onRun): the editor; Ctrl/Cmd-Enter calls onRun (before basicSetup's
// Mod-Enter "insert blank line", hence the high precedence).
function create(parent, text, onRun) {
  const runKeys = Prec.highest(
    keymap.of([{ key: "Mod-Enter", run: () => { onRun(); return true; } }]),
  );
  return new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [runKeys, basicSetup, StreamLanguage.define(groovy), lintGutter()],
    }),
  });
}

// The offset of 1-based (line, column) in the document, clamped to it: diagnostics from the
// server count columns from 1, and a missing column marks the whole line.
function offset(doc, line, column) {
  const n = Math.min(Math.max(line || 1, 1), doc.lines);
  const l = doc.line(n);
  return column ? Math.min(l.from + column - 1, l.to) : l.from;
}

// show(view, diagnostics): squiggles for [{line, column, message, severity}]; [] clears them.
function show(view, diagnostics) {
  const doc = view.state.doc;
  const marks = diagnostics.map((d) => {
    const from = offset(doc, d.line, d.column);
    const lineEnd = doc.lineAt(from).to;
    // one character at the column (the whole line without one), at least one wide
    let to = d.column ? Math.min(from + 1, lineEnd) : lineEnd;
    if (to <= from) to = Math.min(from + 1, doc.length);
    return {
      from, to,
      severity: d.severity === "warning" ? "warning" : "error",
      message: d.message || "",
    };
  });
  view.dispatch(setDiagnostics(view.state, marks));
}

function getText(view) { return view.state.doc.toString(); }

function setText(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

window.ConvoEditor = { create, show, getText, setText };
