import java.util.regex.Pattern
import java.util.regex.PatternSyntaxException

// Admin-configured filter patterns (stored as strings) applied to agent notes.
def patterns = execution.getVariable("filterPatterns")
def notes = execution.getVariable("notes")

def compiled = [:]
patterns.each { String p ->
    try {
        compiled[p] = Pattern.compile(p, Pattern.CASE_INSENSITIVE)
        println "compiled: ${p}"
    } catch (PatternSyntaxException e) {
        println "bad pattern '${p}': ${e.description} at index ${e.index}"
    }
}

notes.each { String note ->
    def hitsFor = compiled.findAll { src, Pattern pat -> pat.matcher(note).find() }.keySet()
    println "${note} => ${hitsFor ?: 'clean'}"
}

def flagged = notes.findAll { n -> compiled.values().any { it.matcher(n).find() } }
println "flagged ${flagged.size()} of ${notes.size()}"

execution.setVariable("flaggedNotes", flagged)
customMetricService.upsertMetric("flagged_notes", flagged.size().toString())
log.info("applied ${compiled.size()} filters")

// the escalation filter is built by string concatenation from user input
String userTerm = execution.getVariable("searchTerm")
def escalation = notes.findAll { it =~ ("(?i)" + userTerm) }
println "escalation hits: ${escalation}"
