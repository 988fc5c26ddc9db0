class Signal {
    String name
    int weight
    Closure test
    boolean matches(Map lead) { test(lead) as boolean }
}
class Scorer {
    List<Signal> signals = []
    Scorer add(String name, int weight, Closure test) {
        signals << new Signal(name: name, weight: weight, test: test)
        this
    }
    Map score(Map lead) {
        def hits = signals.findAll { it.matches(lead) }
        [total: hits.sum(0) { it.weight }, hits: hits*.name]
    }
    static String band(int total) {
        total >= 60 ? "hot" : total >= 30 ? "warm" : "cold"
    }
}
def scorer = new Scorer()
    .add("budget", 30) { it.budget >= 10000 }
    .add("decision_maker", 25) { it.title in ["CEO", "CTO", "VP"] }
    .add("timeline", 20) { it.months != null && it.months <= 3 }
    .add("engaged", 10) { (it.visits ?: 0) > 5 }
    .add("competitor", -15) { it.usesCompetitor }
def leads = execution.getVariable("leads")
def results = []
leads.each { lead ->
    def r = scorer.score(lead)
    def band = Scorer.band(r.total)
    results << [name: lead.name, total: r.total, band: band]
    println "${lead.name.padRight(6)} ${r.total.toString().padLeft(4)} ${band.padRight(5)} ${r.hits}"
}
def byBand = results.groupBy { it.band }.collectEntries { k, v -> [k, v*.name] }
println byBand
def best = results.max { it.total }
println "best: ${best.name} (${best.total})"
def avg = (results.sum { it.total } / results.size()).setScale(1, BigDecimal.ROUND_HALF_UP)
println "avg: ${avg}"
execution.setVariable("leadBands", byBand)
execution.setVariable("bestLead", best.name)
customMetricService.upsertMetric("lead_avg", avg.toString())
customMetricService.upsertMetric("hot_leads", (byBand.hot ?: []).size().toString())
log.info("scored ${results.size()} leads")
