// Build short references and codes from names and IDs.
def customers = execution.getVariable("customers")

String initials(String fullName) {
    fullName.split(/\s+/).findAll { it }.collect { it[0].toUpperCase() }.join()
}

String slug(String s) {
    s.toLowerCase().replaceAll(/[^a-z0-9]+/, "-").replaceAll(/^-|-$/, "")
}

customers.each { c ->
    String ref = initials(c.name) + "-" + c.id.toString().padLeft(5, "0")
    println "${c.name.padRight(24)} ${ref.padRight(10)} ${slug(c.name)}"
}

String s = "Conversation"
println "reverse: ${s.reverse()}"
println "index: ${s.indexOf('v')}, last o: ${s.lastIndexOf('o')}, missing: ${s.indexOf('z')}"
println "substring: ${s.substring(3)}, ${s.substring(0, 4)}, getAt range: ${s[0..3]}, ${s[-4..-1]}, ${s[-1]}"
println "take/drop: ${s.take(4)} ${s.drop(8)} ${s.take(100)}"
println "minus: ${'hello world' - 'o'}, multiply: ${'ab' * 3}"
println "next/previous: ${'a'.next()} ${'az'.next()} ${'b'.previous()}"
println "count: ${'banana'.count('a')}, ${'banana'.count('an')}"
println "contains: ${s.contains('vers')}, startsWith: ${s.startsWith('Con')}, endsWith: ${s.endsWith('tion')}"
println "toList: ${'abc'.toList()}, toSet size: ${'hello'.toSet().size()}"
println "chars: ${'hi'.chars.toList()}"
println "isBlank-ish: ${''.isEmpty()} ${'  '.trim().isEmpty()} ${!''}"
println "replace chars: ${'a-b_c'.tr('-_', '  ')}"
println "each char upper: ${'mixed'.collect { it.toUpperCase() }.join('|')}"
println "equalsIgnoreCase: ${'ABC'.equalsIgnoreCase('abc')}, compare: ${'apple' <=> 'Banana'}, ci: ${'apple'.compareToIgnoreCase('Banana')}"

execution.setVariable("refs", customers.collect { initials(it.name) + "-" + it.id.toString().padLeft(5, "0") })
customMetricService.upsertMetric("refs_built", customers.size().toString())
