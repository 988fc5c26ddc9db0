// Real-Groovy oracle: runs conformance case scripts with mock Amelia-style services and
// writes the observed outcome as JSON in the convoscript CLI `--json` shape.
//
// Usage (normally through tools/oracle.py):
//   groovy Oracle.groovy MANIFEST
// MANIFEST is a UTF-8 text file with one case per line: "<case dir>\t<output file>".
// For every case the output file receives the JSON document (indent 2, trailing newline).
// One failing case never stops the batch; a broken case folder (unreadable files, bad
// state.json) makes this process exit with status 2 after the other cases were written.

import java.lang.reflect.InvocationTargetException
import java.lang.reflect.UndeclaredThrowableException
import org.codehaus.groovy.control.CompilationFailedException
import org.codehaus.groovy.runtime.InvokerInvocationException

// ---------------------------------------------------------------------------------------
// Mock services: statically typed signatures, like the Java services in Amelia, so a wrong
// argument type is a real MissingMethodException.
// ---------------------------------------------------------------------------------------

class CustomMetricServiceMock {
    private final Map<String, String> metrics = new LinkedHashMap<String, String>()

    void upsertMetric(String code, String value) { metrics.put(code, value) }

    void deleteMetric(String code) { metrics.remove(code) }

    String getMetric(String code) { return metrics.get(code) }

    Map<String, String> getAllMetrics() { return new LinkedHashMap<String, String>(metrics) }

    Map<String, String> snapshot() { return metrics }

    String toString() { return "customMetricService" }
}

class TransientVariableServiceMock {
    private final Map<String, Object> vars = new LinkedHashMap<String, Object>()

    boolean hasVariable(String name) { return vars.containsKey(name) }

    Object addVariable(String name, Object value) { vars.put(name, value); return value }

    void addVariables(Map<String, Object> values) { vars.putAll(values) }

    Object getVariable(String name) { return vars.get(name) }

    Map<String, Object> getVariables() { return new LinkedHashMap<String, Object>(vars) }

    void clearVariables() { vars.clear() }

    Map<String, Object> snapshot() { return vars }

    String toString() { return "transientVariableService" }
}

class ExecutionMock {
    private final Map<String, Object> vars = new LinkedHashMap<String, Object>()
    private final String convId

    ExecutionMock(String convId) { this.convId = convId }

    Object getVariable(String name) { return vars.get(name) }

    void setVariable(String name, Object value) { vars.put(name, value) }

    Map<String, Object> getVariablesAsMap() { return new LinkedHashMap<String, Object>(vars) }

    Set<String> getVariableNames() { return new LinkedHashSet<String>(vars.keySet()) }

    boolean containsVariable(String name) { return vars.containsKey(name) }

    void removeVariable(String name) { vars.remove(name) }

    String conversationId() { return convId }

    String getId() { return "proc-" + convId }

    Map<String, Object> snapshot() { return vars }

    String toString() { return "execution(" + convId + ")" }
}

class LogMock {
    final List<Map<String, String>> entries = new ArrayList<Map<String, String>>()

    private void add(String level, String message) {
        Map<String, String> e = new LinkedHashMap<String, String>()
        e.put("level", level)
        e.put("message", message)
        entries.add(e)
    }

    void debug(Object m) { add("DEBUG", String.valueOf(m)) }
    void debug(ExecutionMock e, String m) { add("DEBUG", m) }
    void debug(String m, Throwable t) { add("DEBUG", m + "\n" + t.toString()) }

    void info(Object m) { add("INFO", String.valueOf(m)) }
    void info(ExecutionMock e, String m) { add("INFO", m) }
    void info(String m, Throwable t) { add("INFO", m + "\n" + t.toString()) }

    void warn(Object m) { add("WARN", String.valueOf(m)) }
    void warn(ExecutionMock e, String m) { add("WARN", m) }
    void warn(String m, Throwable t) { add("WARN", m + "\n" + t.toString()) }

    void error(Object m) { add("ERROR", String.valueOf(m)) }
    void error(ExecutionMock e, String m) { add("ERROR", m) }
    void error(String m, Throwable t) { add("ERROR", m + "\n" + t.toString()) }

    String toString() { return "log" }
}

// ---------------------------------------------------------------------------------------
// JSON in: a small strict parser, because JsonSlurper silently overflows big integers and
// returns LazyMaps. Fractions/exponents -> BigDecimal, integers -> Integer/Long/BigInteger,
// objects -> LinkedHashMap, arrays -> ArrayList.
// ---------------------------------------------------------------------------------------

class StateJsonParser {
    private final String s
    private int i = 0

    StateJsonParser(String text) { s = text }

    static Object parse(String text) {
        StateJsonParser p = new StateJsonParser(text)
        p.ws()
        Object v = p.value()
        p.ws()
        if (p.i != p.s.length()) p.fail("trailing characters")
        return v
    }

    private void fail(String why) {
        throw new IllegalArgumentException("state.json: " + why + " at offset " + i)
    }

    private void ws() {
        while (i < s.length() && " \t\r\n".indexOf((int) s.charAt(i)) >= 0) i++
    }

    private void expect(char c) {
        if (i >= s.length() || s.charAt(i) != c) fail("expected '" + c + "'")
        i++
    }

    private Object value() {
        if (i >= s.length()) fail("unexpected end")
        char c = s.charAt(i)
        if (c == '{' as char) return object()
        if (c == '[' as char) return array()
        if (c == '"' as char) return string()
        if (s.startsWith("true", i)) { i += 4; return Boolean.TRUE }
        if (s.startsWith("false", i)) { i += 5; return Boolean.FALSE }
        if (s.startsWith("null", i)) { i += 4; return null }
        return number()
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<String, Object>()
        expect('{' as char)
        ws()
        if (i < s.length() && s.charAt(i) == '}' as char) { i++; return m }
        while (true) {
            ws()
            String k = string()
            ws()
            expect(':' as char)
            ws()
            m.put(k, value())
            ws()
            if (i < s.length() && s.charAt(i) == ',' as char) { i++; continue }
            expect('}' as char)
            return m
        }
    }

    private List<Object> array() {
        List<Object> l = new ArrayList<Object>()
        expect('[' as char)
        ws()
        if (i < s.length() && s.charAt(i) == ']' as char) { i++; return l }
        while (true) {
            ws()
            l.add(value())
            ws()
            if (i < s.length() && s.charAt(i) == ',' as char) { i++; continue }
            expect(']' as char)
            return l
        }
    }

    private String string() {
        expect('"' as char)
        StringBuilder sb = new StringBuilder()
        while (true) {
            if (i >= s.length()) fail("unterminated string")
            char c = s.charAt(i++)
            if (c == '"' as char) return sb.toString()
            if (c != '\\' as char) { sb.append(c); continue }
            if (i >= s.length()) fail("bad escape")
            char e = s.charAt(i++)
            switch (e) {
                case '"': sb.append('"'); break
                case '\\': sb.append('\\'); break
                case '/': sb.append('/'); break
                case 'b': sb.append('\b'); break
                case 'f': sb.append('\f'); break
                case 'n': sb.append('\n'); break
                case 'r': sb.append('\r'); break
                case 't': sb.append('\t'); break
                case 'u':
                    if (i + 4 > s.length()) fail("bad \\u escape")
                    sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16))
                    i += 4
                    break
                default: fail("bad escape")
            }
        }
    }

    private Object number() {
        int start = i
        while (i < s.length() && "+-0123456789.eE".indexOf((int) s.charAt(i)) >= 0) i++
        String tok = s.substring(start, i)
        if (!(tok ==~ /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/)) {
            i = start
            fail("bad value")
        }
        if (tok.contains(".") || tok.contains("e") || tok.contains("E")) return new BigDecimal(tok)
        BigInteger b = new BigInteger(tok)
        if (b.bitLength() < 32) return Integer.valueOf(b.intValue())
        if (b.bitLength() < 64) return Long.valueOf(b.longValue())
        return b
    }
}

// ---------------------------------------------------------------------------------------
// JSON out: numbers keep their Java text (BigDecimal.toString, Double.toString); layout is
// that of Python's json.dumps(indent=2, ensure_ascii=False).
// ---------------------------------------------------------------------------------------

class OracleJson {
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"")
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k)
            switch (c) {
                case '"': sb.append("\\\""); break
                case '\\': sb.append("\\\\"); break
                case '\n': sb.append("\\n"); break
                case '\r': sb.append("\\r"); break
                case '\t': sb.append("\\t"); break
                case '\b': sb.append("\\b"); break
                case '\f': sb.append("\\f"); break
                default:
                    if (c < (' ' as char) || c == ('\u2028' as char) || c == ('\u2029' as char)) {
                        sb.append(String.format("\\u%04x", (int) c))
                    } else {
                        sb.append(c)
                    }
            }
        }
        return sb.append('"').toString()
    }

    static String encode(Object v) {
        StringBuilder sb = new StringBuilder()
        write(sb, v, 0)
        return sb.toString()
    }

    private static void indent(StringBuilder sb, int level) {
        sb.append('\n')
        for (int k = 0; k < level; k++) sb.append("  ")
    }

    private static void write(StringBuilder sb, Object v, int level) {
        if (v == null) { sb.append("null"); return }
        if (v instanceof Boolean) { sb.append(v ? "true" : "false"); return }
        if (v instanceof CharSequence) { sb.append(quote(v.toString())); return }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) {
            sb.append(v.toString()); return
        }
        if (v instanceof BigDecimal) { sb.append(((BigDecimal) v).toString()); return }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue()
            if (Double.isNaN(d) || Double.isInfinite(d)) sb.append(quote(v.toString()))
            else sb.append(v.toString())
            return
        }
        if (v instanceof Map) {
            Map m = (Map) v
            if (m.isEmpty()) { sb.append("{}"); return }
            sb.append('{')
            boolean first = true
            for (Object e : m.entrySet()) {
                Map.Entry me = (Map.Entry) e
                if (!first) sb.append(',')
                first = false
                indent(sb, level + 1)
                sb.append(quote(String.valueOf(me.getKey()))).append(": ")
                write(sb, me.getValue(), level + 1)
            }
            indent(sb, level)
            sb.append('}')
            return
        }
        if (v instanceof Collection || v instanceof Object[]) {
            List l = v instanceof Collection ? new ArrayList((Collection) v) : Arrays.asList((Object[]) v)
            if (l.isEmpty()) { sb.append("[]"); return }
            sb.append('[')
            boolean first = true
            for (Object x : l) {
                if (!first) sb.append(',')
                first = false
                indent(sb, level + 1)
                write(sb, x, level + 1)
            }
            indent(sb, level)
            sb.append(']')
            return
        }
        sb.append(quote(v.toString()))
    }
}

// ---------------------------------------------------------------------------------------
// Running one case.
// ---------------------------------------------------------------------------------------

class OracleCase {
    static final String SCRIPT_FILE = "Script1.groovy"
    static final long TIMEOUT_MS = 20000L

    static Throwable unwrap(Throwable t) {
        while (t != null && t.getCause() != null && t.getCause() != t && (
                t instanceof InvokerInvocationException
                || t instanceof InvocationTargetException
                || t instanceof UndeclaredThrowableException)) {
            t = t.getCause()
        }
        return t
    }

    static Integer scriptLine(Throwable t) {
        // The real exception first, then its wrappers / causes.
        List<Throwable> chain = new ArrayList<Throwable>()
        chain.add(unwrap(t))
        for (Throwable c = t; c != null && chain.size() < 16; c = c.getCause()) {
            if (!chain.contains(c)) chain.add(c)
            if (c.getCause() == c) break
        }
        for (Throwable c : chain) {
            for (StackTraceElement f : c.getStackTrace()) {
                if (SCRIPT_FILE == f.getFileName() && f.getLineNumber() > 0) return f.getLineNumber()
            }
        }
        return null
    }

    static Map<String, Object> errorOf(Throwable raw, boolean compile) {
        Throwable t = unwrap(raw)
        Map<String, Object> e = new LinkedHashMap<String, Object>()
        // a class the script defined is marked as the script's ("script:Name"), as convoscript
        // reports it: its loader is the script's GroovyClassLoader, never the JDK's or Groovy's
        String type = t.getClass().getSimpleName()
        if (t.getClass().getClassLoader() instanceof GroovyClassLoader) type = "script:" + type
        e.put("type", type)
        // Default Object.toString() text (Foo@1b2c3d) would make goldens unstable.
        String message = t.getMessage()
        if (message != null) message = message.replaceAll(/([\w.$]+)@[0-9a-f]{1,8}\b/, '$1@<hash>')
        e.put("message", message)
        e.put("line", compile ? null : scriptLine(raw))
        return e
    }

    /** Returns the JSON text to store as expected.json. */
    static String run(File dir) {
        String scriptText = new File(dir, "script.groovy").getText("UTF-8")
        File stateFile = new File(dir, "state.json")
        Map state = stateFile.exists() ? (Map) StateJsonParser.parse(stateFile.getText("UTF-8")) : [:]
        for (Object k : state.keySet()) {
            if (!(k in ["conversationId", "variables", "transient", "metrics"])) {
                throw new IllegalArgumentException("state.json: unknown key " + k)
            }
        }

        String convId = state.containsKey("conversationId") ? String.valueOf(state.get("conversationId")) : "c-1"
        ExecutionMock execution = new ExecutionMock(convId)
        TransientVariableServiceMock transientVars = new TransientVariableServiceMock()
        CustomMetricServiceMock metrics = new CustomMetricServiceMock()
        LogMock log = new LogMock()
        ((Map) (state.get("variables") ?: [:])).each { k, v -> execution.snapshot().put(k.toString(), v) }
        ((Map) (state.get("transient") ?: [:])).each { k, v -> transientVars.snapshot().put(k.toString(), v) }
        ((Map) (state.get("metrics") ?: [:])).each { k, v -> metrics.snapshot().put(k.toString(), v == null ? null : v.toString()) }

        StringWriter stdout = new StringWriter()
        PrintWriter out = new PrintWriter(stdout)
        Binding binding = new Binding()
        binding.setVariable("customMetricService", metrics)
        binding.setVariable("transientVariableService", transientVars)
        binding.setVariable("execution", execution)
        binding.setVariable("log", log)
        binding.setVariable("out", out)

        Map<String, Object> error = null
        Script script = null
        try {
            script = new GroovyShell(binding).parse(scriptText, SCRIPT_FILE)
        } catch (CompilationFailedException ex) {
            error = errorOf(ex, true)
        }
        if (script != null) {
            Throwable[] failure = new Throwable[1]
            Script s = script
            Thread worker = new Thread(null, { ->
                try { s.run() } catch (Throwable ex) { failure[0] = ex }
            } as Runnable, "oracle-case", 64L * 1024 * 1024)
            worker.start()
            worker.join(TIMEOUT_MS)
            if (worker.isAlive()) {
                worker.stop()
                error = [type: "OracleTimeout", message: "case ran longer than ${TIMEOUT_MS} ms".toString(), line: null]
            } else if (failure[0] != null) {
                error = errorOf(failure[0], false)
            }
        }
        out.flush()

        Map<String, Object> result = new LinkedHashMap<String, Object>()
        result.put("variables", execution.snapshot())
        result.put("transient", transientVars.snapshot())
        result.put("metrics", metrics.snapshot())
        result.put("log", log.entries)
        result.put("stdout", stdout.toString())
        result.put("error", error)
        return OracleJson.encode(result) + "\n"
    }
}

// ---------------------------------------------------------------------------------------
// Main: every case of the manifest in this one JVM.
// ---------------------------------------------------------------------------------------

if (args.length != 1) {
    System.err.println("usage: groovy Oracle.groovy MANIFEST")
    System.exit(64)
}
int broken = 0
new File(args[0]).getText("UTF-8").readLines().findAll { it.trim() }.each { String line ->
    String[] parts = line.split("\t")
    File dir = new File(parts[0])
    File target = new File(parts[1])
    long t0 = System.nanoTime()
    try {
        String json = OracleCase.run(dir)
        target.setText(json, "UTF-8")
        System.err.println(String.format("oracle: %-50s %6d ms", dir.getName(), (long) ((System.nanoTime() - t0) / 1000000L)))
    } catch (Throwable ex) {
        broken++
        System.err.println("oracle: BROKEN CASE " + dir + ": " + ex)
    }
}
System.exit(broken == 0 ? 0 : 2)
