import java.text.Normalizer

// Normalise names and free text before matching them against the CRM
def raw = execution.getVariable('names')

def stripAccents = { String s ->
    Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll(/\p{InCombiningDiacriticalMarks}+/, '')
}
def titleCase = { String s ->
    s.toLowerCase().split(/(?<=[\s'-])/).collect { it.capitalize() }.join()
}

def normalised = raw.collect { n ->
    def clean = n.trim().replaceAll(/\s+/, ' ')
    [original: n, title: titleCase(clean), key: stripAccents(clean).toLowerCase().replaceAll(/[^a-z]/, '')]
}
normalised.each { println "${it.original.inspect()} -> ${it.title} [${it.key}]" }

def dupes = normalised.groupBy { it.key }.findAll { k, v -> v.size() > 1 }
println "duplicates: ${dupes.collectEntries { k, v -> [(k): v*.title] }}"

def sample = 'Ärger über Straßen & Cafés'
println "upper: ${sample.toUpperCase()} | lower: ${sample.toLowerCase()}"
println "upper(TR): ${'title'.toUpperCase(new Locale('tr'))} upper(EN): ${'title'.toUpperCase(Locale.ENGLISH)}"
println "stripped: ${stripAccents(sample)} length ${sample.length()} codepoints ${sample.codePointCount(0, sample.length())}"
println "reverse: ${'stressed'.reverse()} tr: ${'hello world'.tr('lo', '01')} count l: ${'hello world'.count('l')}"
println "center: [${'ok'.center(8)}] [${'ok'.center(7, '*')}]"
println "contains ignore case: ${'Hello'.equalsIgnoreCase('hELLO')} ${'Mississippi'.toLowerCase().indexOf('ss', 3)} ${'Mississippi'.lastIndexOf('ss')}"
println "multiply/minus: ${'ab' * 3} ${'banana' - 'an'} ${'a,b,,c,'.split(',').size()} ${'a,b,,c,'.tokenize(',').size()}"
println "chars: ${'abc'.collect { (it as char) + 1 }} ${('a'..'e').collect { it.next() }.join()}"
println "isNumber: ${['12', '1.5', '-3', '1e3', 'x1'].collect { it.isNumber() }} isInteger: ${['12', '1.5', '-3'].collect { it.isInteger() }}"

execution.setVariable('normalisedNames', normalised*.title)
execution.setVariable('duplicateKeys', dupes.keySet().toList())
customMetricService.upsertMetric('name_duplicates', dupes.size().toString())
log.info("normalised ${raw.size()} names")
