// Case numbers issued by a small factory with static state.
class CaseNumber {
    static int issued = 0
    static final String PREFIX = "CS"
    private static Map<String, Integer> perTeam = [:]

    final String team
    final int seq
    final String value

    private CaseNumber(String team, int seq) {
        this.team = team
        this.seq = seq
        this.value = String.format("%s-%s-%05d", PREFIX, team.toUpperCase().take(3), seq)
    }

    static CaseNumber next(String team) {
        issued++
        int n = (perTeam[team] ?: 0) + 1
        perTeam[team] = n
        return new CaseNumber(team, n)
    }

    static Map<String, Integer> stats() { new TreeMap(perTeam) }

    static void reset() {
        issued = 0
        perTeam.clear()
    }

    String toString() { value }
}

def requests = execution.getVariable("requests")
List<CaseNumber> created = requests.collect { CaseNumber.next(it) }
created.each { println it }

println "issued: ${CaseNumber.issued}"
println "stats: ${CaseNumber.stats()}"
println "prefix via instance: ${created[0].PREFIX}"
println "seqs: ${created*.seq}"

def direct = new CaseNumber("ops", 99)
println "private constructor still callable: ${direct}"

try {
    created[0].seq = 42
} catch (ReadOnlyPropertyException e) {
    println "read-only: ${e.getClass().simpleName}"
}

CaseNumber.reset()
println "after reset: ${CaseNumber.issued} ${CaseNumber.stats()}"
println "again: ${CaseNumber.next('billing')}"

execution.setVariable("caseNumbers", created*.value)
customMetricService.upsertMetric("cases_issued", created.size().toString())
log.info("issued ${created.size()} case numbers")
