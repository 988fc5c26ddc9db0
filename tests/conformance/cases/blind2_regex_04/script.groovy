// Parse a pasted log excerpt from the user to pre-fill an incident
def logText = execution.getVariable('pastedLog')
def linePattern = ~/^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}),(\d{3}) +(ERROR|WARN|INFO|DEBUG) +\[([^\]]+)\] (.*)$/

def entries = []
logText.eachLine { line, n ->
    def m = line =~ linePattern
    if (m.matches()) {
        entries << [n: n + 1, date: m[0][1], time: m[0][2], ms: m[0][3] as int, level: m[0][4], thread: m[0][5], msg: m[0][6]]
    } else if (line.trim() && entries) {
        entries[-1].msg += ' | ' + line.trim()
    }
}
println "parsed ${entries.size()} entries"

def errors = entries.findAll { it.level == 'ERROR' }
errors.each { println "line ${it.n} [${it.thread}] ${it.msg}" }

def exClasses = (logText =~ /(?m)^\s*(?:Caused by: )?((?:[a-z]+\.)+[A-Z]\w*(?:Exception|Error))/).collect { it[1] }.unique()
println "exception classes: ${exClasses}"

def codes = logText.findAll(/\bHTTP (\d{3})\b/) { it[1] as int }
println "http codes: ${codes} max=${codes.max()}"

def threads = entries*.thread.unique().sort()
println "threads: ${threads}"

def durations = entries.collect { (it.msg =~ /took (\d+)ms/) }.findAll { it.find() }.collect { it.group(1).toInteger() }
println "durations: ${durations} avg=${durations ? durations.sum() / durations.size() : 0}"

def summary = errors ? errors[0].msg.replaceAll(/\d+/, 'N').take(50) : 'no errors'
println "summary: ${summary}"

execution.setVariable('incidentSummary', summary)
execution.setVariable('incidentLevels', entries.countBy { it.level })
customMetricService.upsertMetric('log_errors', errors.size().toString())
log.info("log parsed: ${entries.size()} entries / ${errors.size()} errors")
