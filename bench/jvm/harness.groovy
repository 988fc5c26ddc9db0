// The JVM column of bench/compare.py: real Groovy 2.4 running each workload warm, in process.
//
//   groovy bench/jvm/harness.groovy STATE.json WARMUP_S BATCHES BATCH_S CLOCK [NAME=FILE[+LIB...] ...]
//
// Without workload arguments the NAME=FILE[+LIB...] lines are read from stdin, one at a time,
// each answered before the next is read: compare.py measures a workload's three columns
// together that way, while the JVM waits idle for the next line.
//
// Each workload is parsed once; every run is a NEW instance of the script class with a fresh
// Binding whose services are the small HashMap-backed classes below, holding a copy of the
// state in STATE.json ({"transient": {...}, "variables": {...}}). Warm-up: WARMUP_S seconds of
// runs, then batches until the time per run stops falling (the JIT has compiled the hot
// paths; on a loaded machine that takes longer than WARMUP_S; at most 60 s). Then BATCHES batches of about
// BATCH_S seconds each are timed by CLOCK: "cpu" is the JVM process's CPU time (every thread:
// JIT, GC; 10 ms ticks, so a batch should last much longer), "wall" the elapsed time. The
// result is one JSON line per workload on stdout:
//   {"workload", "outputs": {"metrics", "variables", "log"}, "run_s" (median seconds per run),
//    "batches" (seconds per run of each batch), "runs_per_batch", "warmup_s", "compile_s"
//    (median seconds of 5 parses after a first one), "error"}
// A library (+LIB) is joined before the script, as the Runtime joins registered libraries.
// WARMUP_S = 0 runs each workload once (compare.py --quick: outputs only).

import java.lang.management.ManagementFactory

import groovy.json.JsonOutput
import groovy.json.JsonSlurper

class TransientVariableService {
    Map vars
    TransientVariableService(Map vars) { this.vars = vars }
    Object getVariable(String name) { vars.get(name) }
    void setVariable(String name, Object value) { vars.put(name, value) }
    void removeVariable(String name) { vars.remove(name) }
}

class Execution {
    Map vars
    Execution(Map vars) { this.vars = vars }
    Object getVariable(String name) { vars.get(name) }
    void setVariable(String name, Object value) { vars.put(name, value) }
    boolean hasVariable(String name) { vars.containsKey(name) }
    void removeVariable(String name) { vars.remove(name) }
}

class CustomMetricService {
    Map metrics = new LinkedHashMap()
    void upsertMetric(String name, String value) { metrics.put(name, value) }
}

class Log {
    List lines = []
    void info(Object message) { lines.add(["INFO", String.valueOf(message)]) }
    void warn(Object message) { lines.add(["WARN", String.valueOf(message)]) }
    void error(Object message) { lines.add(["ERROR", String.valueOf(message)]) }
    void debug(Object message) { lines.add(["DEBUG", String.valueOf(message)]) }
}

class Workload {
    String name
    java.lang.reflect.Constructor ctor
    Map transientState
    Map variableState

    /** One run: a new script instance on a fresh Binding; returns its services. */
    Map run() {
        def transientService = new TransientVariableService(new HashMap(transientState))
        def execution = new Execution(new LinkedHashMap(variableState))
        def metrics = new CustomMetricService()
        def log = new Log()
        def binding = new Binding()
        binding.setVariable("transientVariableService", transientService)
        binding.setVariable("execution", execution)
        binding.setVariable("customMetricService", metrics)
        binding.setVariable("log", log)
        Script script = (Script) ctor.newInstance(binding)
        script.run()
        [metrics: metrics.metrics, variables: execution.vars, log: log.lines]
    }
}

def state = new JsonSlurper().parse(new File(args[0]), "UTF-8")
double warmupS = args[1] as double
int batches = args[2] as int
double batchS = args[3] as double
def os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()
Closure<Long> clock = args[4] == "cpu" ? { os.getProcessCpuTime() } : { System.nanoTime() }

def specs = args.length > 5 ? args.drop(5) as List : System.in.newReader("UTF-8").iterator()
for (spec in specs) {
    if (!spec.trim()) {
        continue
    }
    def (name, files) = spec.split("=", 2) as List
    def parts = files.split("\\+") as List
    // libraries first, then the script, as Runtime.compile joins them
    def source = (parts.drop(1) + parts.take(1)).collect { new File(it).getText("UTF-8") }.join("\n")
    def line = [workload: name]
    try {
        // compile time: the median of 5 parses after a first one (which loads the compiler)
        def compiles = (0..(warmupS > 0 ? 5 : 0)).collect {
            long t0 = System.nanoTime()
            def parsed = new GroovyShell().parse(source, name.replaceAll(/\W/, "_") + ".groovy")
            [(System.nanoTime() - t0) / 1e9d, parsed.getClass()]
        }
        def cls = compiles[0][1]
        if (compiles.size() > 1) {
            def times = compiles.drop(1)*.getAt(0).sort()
            line.compile_s = times[times.size().intdiv(2)]
        }
        def w = new Workload(name: name, ctor: cls.getConstructor(Binding),
                transientState: state.transient, variableState: state.variables)
        line.outputs = w.run()
        if (warmupS > 0) {
            long started = System.nanoTime()
            long warmEnd = started + (long) (warmupS * 1e9d)
            long runs = 0
            long warmStart = clock()
            while (System.nanoTime() < warmEnd) { w.run(); runs++ }
            // runs per batch: enough for one batch to last about batchS by the clock
            double perRun = Math.max(1L, clock() - warmStart) / 1e9d / runs
            int n = Math.max(1, (int) (batchS / perRun))
            def batch = {
                long s = clock()
                for (int i = 0; i < n; i++) { w.run() }
                (clock() - s) / 1e9d / n
            }
            // then warm on until the time per run stops falling: on a loaded machine the JIT
            // needs longer than warmupS. Stop when the median of the last 5 batches is not 3%
            // below the median of the 5 before (medians, so one lucky batch does not stop it)
            def median = { List xs -> xs.sort(false)[xs.size().intdiv(2)] }
            def warm = []
            long warmLimit = started + (long) (60 * 1e9d)
            while (System.nanoTime() < warmLimit) {
                warm << batch()
                n = Math.max(1, (int) (batchS / warm[-1]))  // the runs get faster as it warms
                int k = warm.size()
                if (k >= 10 && median(warm[k - 5..k - 1]) > 0.97 * median(warm[k - 10..k - 6])) {
                    break
                }
            }
            line.warmup_s = (System.nanoTime() - started) / 1e9d
            def samples = (1..batches).collect { batch() }
            def sorted = samples.sort(false)
            line.run_s = sorted[sorted.size().intdiv(2)]
            line.batches = samples
            line.runs_per_batch = n
        }
    } catch (Throwable e) {
        line.error = e.toString()
    }
    println JsonOutput.toJson(line)
    System.out.flush()
}
