def ticket(Map opts, String title) {
    "${title} [prio=${opts.priority ?: 'n/a'}, owner=${opts.owner ?: 'none'}]"
}
println ticket("Broken login", priority: 2, owner: "ops")
println ticket(priority: 1, "VPN down")
println ticket([:], "Plain")
def options(Map m) { m.collect { k, v -> "${k}=${v}" }.join("&") }
println options(a: 1, b: "x")
println options(lang: "es", *: [debug: true])
def mix(Map named, int a, int b) { "${named} ${a + b}" }
println mix(1, 2, tag: "t")
