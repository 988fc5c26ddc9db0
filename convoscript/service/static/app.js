// The playground: Check Syntax and Run against the service's /v1 API, showing the answer
// (squiggles, the error with its caret, the state before and after, output, cost). URLs are
// relative so the playground also works under a reverse proxy's path prefix.
"use strict";

const $ = (id) => document.getElementById(id);
const SAMPLE = [
  "// Ctrl/Cmd-Enter runs",
  "def name = execution.getVariable(\"name\") ?: \"world\"",
  "println \"Hello, ${name}!\"",
  "customMetricService.upsertMetric(\"greeting\", \"sent\")",
  "",
].join("\n");

const editor = ConvoEditor.create($("editor"), SAMPLE, run);

function pretty(value) {
  return value === undefined ? "" : JSON.stringify(value, null, 2);
}

function setStatus(text, ok) {
  $("status").textContent = text;
  $("status").className = ok ? "ok" : "bad";
}

// The token field: a tenant's token for a server with tokens configured, kept for this tab
// only (sessionStorage) and sent as a bearer token on every call.
const TOKEN_KEY = "convoscript.token";

function authHeaders() {
  const token = $("token").value.trim();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

function unauthorized(data) {
  const why = (data && data.error && data.error.message) || "unauthorized";
  return `401 Unauthorized (${why}): enter a valid token in the Token field`;
}

// POST a JSON body; the parsed answer, or {transportError} when the service cannot be reached,
// refuses the token or answers with something other than JSON.
async function post(path, body) {
  try {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...authHeaders() },
      body: JSON.stringify(body),
    });
    const data = await response.json();
    if (response.status === 401) return { transportError: unauthorized(data) };
    return response.ok || data.error || data.diagnostics ? data
      : { transportError: `HTTP ${response.status}: ${pretty(data)}` };
  } catch (exc) {
    return { transportError: String(exc) };
  }
}

async function getJson(path) {
  try {
    const response = await fetch(path, { headers: authHeaders() });
    return response.ok ? await response.json() : null;
  } catch (exc) {
    return null;
  }
}

function selectedLibraries() {
  return $("libraries").value.split(",").map((n) => n.trim()).filter(Boolean);
}

function conversationId() {
  if (!$("conversation").value.trim()) newScratch();
  return $("conversation").value.trim();
}

function newScratch() {
  $("conversation").value = "scratch-" + Math.random().toString(36).slice(2, 10);
}

// The error box: "Type: message (line L, column C)", the source line and a caret under the
// column, like the CLI's rendering.
function showError(error) {
  const box = $("error");
  if (!error) { box.hidden = true; box.textContent = ""; return; }
  let text = `${error.type || "error"}: ${error.message || ""}`;
  if (error.line) {
    text += `\n  at line ${error.line}` + (error.column ? `, column ${error.column}` : "");
    const lines = ConvoEditor.getText(editor).split("\n");
    const source = lines[error.line - 1];
    // an error inside a library is at that library's line, not the editor's
    const inLibrary = selectedLibraries().some((n) => error.file === `${n}.groovy`);
    if (source !== undefined && !inLibrary) {
      text += "\n\n" + source;
      if (error.column) text += "\n" + " ".repeat(error.column - 1) + "^";
    }
  }
  box.textContent = text;
  box.hidden = false;
}

// The cost meter: what the run spent; a bar against the limit where the answer gives limits.
function showCost(cost, limits) {
  const box = $("cost");
  box.textContent = "";
  if (!cost) return;
  const table = document.createElement("table");
  table.innerHTML = "<caption>cost</caption>";
  for (const [name, used] of Object.entries(cost)) {
    const row = table.insertRow();
    row.insertCell().textContent = name.replace(/_/g, " ");
    row.insertCell().textContent = name === "seconds" ? `${(used * 1000).toFixed(2)} ms` : used;
    const limit = limits && limits[name];
    const cell = row.insertCell();
    if (limit) {
      const meter = document.createElement("meter");
      meter.max = limit; meter.value = used; meter.high = 0.8 * limit;
      cell.append(meter, ` of ${limit}`);
    }
  }
  box.append(table);
}

function squiggles(error) {
  ConvoEditor.show(editor, error && error.line
    ? [{ line: error.line, column: error.column, message: error.message, severity: "error" }]
    : []);
}

async function check() {
  const answer = await post("v1/check", {
    source: ConvoEditor.getText(editor), filename: "playground.groovy",
    libraries: selectedLibraries(),
  });
  if (answer.transportError) { setStatus(answer.transportError, false); return; }
  ConvoEditor.show(editor, answer.diagnostics || []);
  const first = (answer.diagnostics || [])[0];
  showError(first ? { type: first.type || "FlowSyntaxError", ...first } : null);
  setStatus(answer.ok ? "Syntax OK" : `${answer.diagnostics.length} problem(s)`, answer.ok);
}

function showState(which, state) {
  for (const part of ["variables", "transient", "metrics"]) {
    $(`${part}-${which}`).textContent = state ? pretty(state[part] || {}) : "";
  }
}

async function run() {
  const id = conversationId();
  const path = `v1/conversations/${encodeURIComponent(id)}`;
  showState("before", (await getJson(path)) || { variables: {}, transient: {}, metrics: {} });
  setStatus("Running…", true);
  const answer = await post(`${path}/run`, {
    source: ConvoEditor.getText(editor), libraries: selectedLibraries(),
  });
  if (answer.transportError) { setStatus(answer.transportError, false); return; }
  showState("after", answer);
  $("stdout").textContent = answer.stdout || "";
  $("log").textContent = pretty(answer.log || []);
  $("messages").textContent = pretty(answer.messages || []);
  showCost(answer.cost, answer.limits);
  squiggles(answer.error);
  showError(answer.error);
  setStatus(answer.error ? `Run failed: ${answer.error.type}` : `Ran on ${id}`, !answer.error);
  loadConversations();
}

// Suggestions for the conversation and library inputs, where the service lists them
// (GET /v1/conversations, /v1/libraries); without a list the names are typed.
async function loadConversations() {
  const data = await getJson("v1/conversations?limit=1000");
  const ids = data ? (data.conversations || data).map((c) => (typeof c === "string" ? c : c.id)) : [];
  $("conversations").replaceChildren(...ids.map((id) => new Option(id, id)));
}

async function loadLibraries() {
  const data = await getJson("v1/libraries");
  const names = data ? (data.libraries || data).map((l) => (typeof l === "string" ? l : l.name)) : [];
  $("library-names").replaceChildren(...names.map((n) => new Option(n, n)));
}

// Export with the token: a plain link cannot send a header, so fetch it and save the answer.
async function exportConversations(event) {
  if (!$("token").value.trim()) return;  // open mode: the link downloads by itself
  event.preventDefault();
  const response = await fetch($("export").getAttribute("href"), { headers: authHeaders() });
  if (!response.ok) {
    setStatus(response.status === 401 ? unauthorized(await response.json())
      : `Export failed: HTTP ${response.status}`, false);
    return;
  }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = $("export").download;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function tokenChanged() {
  sessionStorage.setItem(TOKEN_KEY, $("token").value.trim());
  loadConversations();
  loadLibraries();
}

$("token").value = sessionStorage.getItem(TOKEN_KEY) || "";
$("token").addEventListener("change", tokenChanged);
$("export").addEventListener("click", exportConversations);
$("check").addEventListener("click", check);
$("run").addEventListener("click", run);
$("scratch").addEventListener("click", newScratch);
newScratch();
loadConversations();
loadLibraries();
