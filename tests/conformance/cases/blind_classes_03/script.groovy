// Pluggable validators: an interface implemented by classes and by coerced closures.
interface Validator {
    String validate(String value)
}

interface Normalizer {
    String normalize(String value)
}

class LengthValidator implements Validator {
    int min
    int max
    String validate(String value) {
        if (value.length() < min) return "too short (min ${min})"
        if (value.length() > max) return "too long (max ${max})"
        return null
    }
}

Validator digitsOnly = { String v -> v ==~ /\d+/ ? null : "digits only" } as Validator
Validator notBlank = [validate: { String v -> v.trim() ? null : "blank" }] as Validator
Normalizer strip = { it.replaceAll(/[\s-]/, "") } as Normalizer

Map<String, List<Validator>> rules = [
        accountNumber: [notBlank, digitsOnly, new LengthValidator(min: 8, max: 10)],
        postcode     : [notBlank, new LengthValidator(min: 5, max: 8)],
        pin          : [digitsOnly, new LengthValidator(min: 4, max: 4)]
]

Map form = execution.getVariable("form")
Map<String, List<String>> errors = [:]
rules.each { String field, List<Validator> validators ->
    String value = strip.normalize(form[field] ?: "")
    List<String> problems = validators.collect { it.validate(value) }.findAll { it != null }
    if (problems) errors[field] = problems
    println "${field} '${value}': ${problems ?: 'ok'}"
}

println "digitsOnly is Validator: ${digitsOnly instanceof Validator}"
println "strip is Closure: ${strip instanceof Closure}"

Comparator<String> byLength = { a, b -> a.length() <=> b.length() } as Comparator<String>
println "fields by length: ${rules.keySet().sort(false, byLength)}"

Runnable r = { println "runnable ran" }
r.run()

execution.setVariable("formValid", errors.isEmpty())
execution.setVariable("formErrors", errors)
customMetricService.upsertMetric("form_error_fields", errors.keySet().join(","))
