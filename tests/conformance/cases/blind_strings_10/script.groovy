// Interpret numeric answers typed by users.
def answers = execution.getVariable("answers")

answers.each { String a ->
    String t = a?.trim()
    def info = [
            isNumber    : t?.isNumber(),
            isInteger   : t?.isInteger(),
            isLong      : t?.isLong(),
            isBigDecimal: t?.isBigDecimal(),
            isDouble    : t?.isDouble()
    ]
    println "'${a}': ${info}"
}

def ints = answers.findAll { it?.trim()?.isInteger() }.collect { it.trim().toInteger() }
println "integers: ${ints}, sum ${ints.sum()}"
println "as Integer: ${'042' as Integer}, toLong: ${'9999999999'.toLong()}, toDouble: ${'1e3'.toDouble()}"
println "toBigInteger: ${'123456789012345678901234567890'.toBigInteger() + 1}"
println "Integer.valueOf radix: ${Integer.valueOf('777', 8)}, parseInt sign: ${Integer.parseInt('+15')}"
println "Double.parseDouble: ${Double.parseDouble('  2.50  ')}, '1_000'.isNumber: ${'1_000'.isNumber()}"
println "string compare: ${'10' < '9'}, numeric: ${10 < 9}, sort strings: ${['10', '9', '100'].sort()}"
println "sort as numbers: ${['10', '9', '100'].sort { it as int }}"
println "String.valueOf: ${String.valueOf(3.0d)} ${String.valueOf(3.0)} ${String.valueOf((Object) null)}"
println "Integer.toString: ${Integer.toString(7).padLeft(3, '0')}"

def age = answers[0].trim().toInteger()
execution.setVariable("age", age)
execution.setVariable("numericAnswers", ints)
customMetricService.upsertMetric("numeric_answers", ints.size().toString())

def children = answers[3].toInteger()
println "children: ${children}"
