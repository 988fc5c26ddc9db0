import java.time.LocalDate
import java.time.Period
import java.time.format.DateTimeFormatter
import java.time.format.DateTimeParseException
import java.time.temporal.ChronoUnit

// Age-based eligibility check for a junior account.
final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy")
LocalDate asOf = LocalDate.of(2024, 6, 15)

def applicants = execution.getVariable("applicants")
def results = []

applicants.each { Map a ->
    try {
        LocalDate dob = LocalDate.parse(a.dob as String, UK)
        Period age = Period.between(dob, asOf)
        long months = ChronoUnit.MONTHS.between(dob, asOf)
        String band
        if (age.years < 13) band = "child"
        else if (age.years < 18) band = "junior"
        else band = "adult"
        LocalDate nextBirthday = dob.withYear(asOf.year)
        if (nextBirthday.isBefore(asOf) || nextBirthday.isEqual(asOf)) nextBirthday = nextBirthday.plusYears(1)
        long untilBirthday = ChronoUnit.DAYS.between(asOf, nextBirthday)
        println "${a.name}: ${age.years}y ${age.months}m ${age.days}d (${months} months) -> ${band}, birthday in ${untilBirthday} days"
        results << [name: a.name, band: band, age: age.years]
    } catch (DateTimeParseException e) {
        println "${a.name}: invalid date '${a.dob}'"
        log.warn("bad dob for ${a.name}: ${e.parsedString}")
    }
}

def juniors = results.findAll { it.band == "junior" }*.name
execution.setVariable("juniorApplicants", juniors)
execution.setVariable("ageByName", results.collectEntries { [(it.name): it.age] })
println "Period of leap day: " + Period.between(LocalDate.of(2020, 2, 29), LocalDate.of(2024, 2, 28))
println "Is 2024 leap? " + asOf.isLeapYear() + ", length " + asOf.lengthOfYear()

// the last applicant has no dob at all
def lastDob = applicants.last().dob
LocalDate.parse(lastDob, UK)
