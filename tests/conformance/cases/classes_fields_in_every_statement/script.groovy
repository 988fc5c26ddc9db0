// A field name inside its class is the field in every statement and expression form (default
// parameter values, multiple assignment, switch, loops, GStrings, Elvis, compound assignment);
// a script's @Field variable is the field behind `this.@x` too.
import groovy.transform.Field

@Field int visits = 2
@Field String channel = "chat"

class Greeter {
    String name = "world"
    String tone
    int count
    int low, high
    List<String> said = []

    String getName() { said << "getName"; name.capitalize() }
    String getTone() { tone ?: "plain" }

    String greet(String who = name, String how = tone) { "hello " + who + " (" + how + ")" }
    def bounds(List<Integer> values) {
        (low, high) = [values.min(), values.max()]
        [low, high, this.@low, high - low]
    }
    String mood() {
        switch (tone) {
            case null: return "no tone set"
            case ~/lou?d/: return "shouting"
            default: return "tone " + tone
        }
    }
    List<String> repeat() {
        def out = []
        for (int i = 0; i < 2; i++) { out << name }
        while (out.size() < 3) { out << this.name }
        for (c in name.toList().take(2)) { out << c }
        out
    }
    String text() { "${name}/${tone ?: 'none'}/${count += 2}/${count}" }
    int bump() { count *= 3; count -= 1; ++count; count++ }
}

def g = new Greeter()
println g.greet()
println g.greet("ann")
println g.said
println g.bounds([4, 9, 1])
println g.mood()
g.tone = "loud"
println g.mood()
println g.repeat()
println g.text()
println g.bump() + " " + g.count
println g.said
println g.name + " " + g.said.size()

def visit() {
    this.@visits = this.@visits + 1
    this.@channel = this.@channel.toUpperCase()
    visits + ":" + channel
}
println visit()
println this.@visits + " " + visits + " " + channel
execution.setVariable("visits", visits)
