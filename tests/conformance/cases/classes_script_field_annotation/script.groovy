import groovy.transform.Field

@Field int calls = 0
@Field List seen = []

def track(String event) {
    calls++
    seen << event
    "${calls}:${event}"
}

println track("start")
println track("ask")
println track("end")
println calls
println seen
