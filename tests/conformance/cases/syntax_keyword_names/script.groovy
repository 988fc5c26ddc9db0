import groovy.json.JsonOutput as JO
import groovy.json.JsonSlurper as Slurp

// Keywords and primitive type names as map keys and property names, and import aliases.
def templates = [
        short: 'S',
        long : 'L',
        int: 1,
        class: 'c',
        def: 'd',
        in: 'i',
        new: 'n',
        if: 'f',
        default: 'x',
        boolean: true
]
println templates
println templates.short + templates.long + templates.in + templates['new']
println templates.class
println templates.default
def args(Map m) { m.keySet().join(",") }
println args(short: 1, byte: 2, char: 3,
        double: 4)
println JO.toJson([short: 1])
println new Slurp().parseText('{"int": 5}').int
execution.setVariable("keys", templates.keySet().toList())
println templates.nothing.size()
