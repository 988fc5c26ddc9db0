// A library in the style of published Amelia script libraries: a class with a getter that
// normalises its own field, a validating setter, a constructor that goes through the setter,
// overloads by arity, and a parameter typed as the script's own class.
class ScoredInteraction {
    String name
    Integer score
    String status
    Long startedAt
    Long endedAt

    ScoredInteraction(String name) { this(name, 0) }
    ScoredInteraction(String name, Integer score) {
        this.name = name
        setScore(score)
        this.status = "OPEN"
        this.startedAt = 1000L
    }

    Integer getScore() {
        if (score == null) score = 0
        return score
    }

    void setScore(Integer s) {
        if (s == null || s < 0 || s > 100) throw new IllegalArgumentException("score out of range: " + s)
        this.score = s
    }

    String getStatus() {
        status = status ?: "OPEN"
        status
    }

    boolean sameAs(ScoredInteraction other) { other != null && other.name == name }

    Map toMetric() { [name: name, score: getScore(), status: status, duration: (endedAt ?: startedAt) - startedAt] }
}

def initScoredInteraction(String name) { new ScoredInteraction(name) }
def initScoredInteraction(String name, Integer score) { new ScoredInteraction(name, score) }

def setInteractionScore(ScoredInteraction si, Integer score) {
    si.score = score
    si
}

def terminateScoredInteraction(ScoredInteraction si) {
    si.status = "CLOSED"
    si.endedAt = si.startedAt + 250L
    si
}

def writeInteractionsToMetrics(List<ScoredInteraction> list) {
    list.eachWithIndex { si, i ->
        customMetricService.upsertMetric("interaction_" + i, si.toMetric().toString())
    }
    list.size()
}

def greet = initScoredInteraction("greeting")
def auth = initScoredInteraction("authentication", 40)
setInteractionScore(greet, 90)
terminateScoredInteraction(greet)
println greet.toMetric()
println auth.toMetric()
println "${greet.sameAs(auth)} ${greet.sameAs(initScoredInteraction("greeting"))}"
println writeInteractionsToMetrics([greet, auth])
try {
    setInteractionScore(auth, 150)
} catch (IllegalArgumentException e) {
    println "rejected: " + e.message
}
println auth.score
