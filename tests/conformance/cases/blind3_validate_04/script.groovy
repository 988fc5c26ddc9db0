// Account/ID format checks: IBAN mod-97, Luhn for cards, French SIREN, date of birth
def form = execution.getVariable('form')
def errors = [:]

boolean luhn(String digits) {
    int sum = 0
    digits.reverse().eachWithIndex { ch, i ->
        int d = ch as int
        if (i % 2 == 1) { d *= 2; if (d > 9) d -= 9 }
        sum += d
    }
    sum % 10 == 0
}

boolean ibanOk(String iban) {
    def s = iban.replaceAll(/\s+/, '').toUpperCase()
    if (!(s ==~ /[A-Z]{2}\d{2}[A-Z0-9]{11,30}/)) return false
    def rearranged = s.substring(4) + s.substring(0, 4)
    def numeric = rearranged.collect { c -> c ==~ /[A-Z]/ ? (c.charAt(0) - ('A' as char) + 10).toString() : c }.join('')
    new BigInteger(numeric).mod(97G.toBigInteger()) == 1G.toBigInteger()
}

def card = form.card?.replaceAll(/[ -]/, '')
if (!(card ==~ /\d{13,19}/)) errors.card = 'card number must be 13-19 digits'
else if (!luhn(card)) errors.card = 'card number checksum failed'

if (!ibanOk(form.iban ?: '')) errors.iban = 'IBAN is not valid'
def siren = form.siren?.replaceAll(/\s/, '')
if (siren && !(siren ==~ /\d{9}/ && luhn(siren))) errors.siren = 'SIREN invalid'

def dob = form.dob =~ /^(\d{2})\/(\d{2})\/(\d{4})$/
if (dob.matches()) {
    def (d, mo, y) = [dob.group(1) as int, dob.group(2) as int, dob.group(3) as int]
    if (mo < 1 || mo > 12 || d < 1 || d > 31) errors.dob = 'date of birth out of range'
    else if (2024 - y < 18) errors.dob = 'must be 18 or older'
} else errors.dob = 'use DD/MM/YYYY'

println "errors: $errors"
execution.setVariable('formErrors', errors)
execution.setVariable('formValid', errors.isEmpty())
customMetricService.upsertMetric('form_errors', errors.keySet().sort().join(',') ?: 'none')
['4539 1488 0343 6467', '4539 1488 0343 6468', '79927398713', '0000000000000'].each {
    println "${it}: ${luhn(it.replaceAll(' ', ''))}"
}
['GB82 WEST 1234 5698 7654 32', 'FR14 2004 1010 0505 0001 3M02 606', 'DE89 3704 0044 0532 0130 01', 'GB00 WEST 1234'].each {
    println "${it}: ${ibanOk(it)}"
}
log.info("form checked with ${errors.size()} errors")
def maskedCard = card ? card.replaceAll(/\d(?=\d{4})/, '•') : null
println "card on file: $maskedCard"
