// Sanity assertions in the booking flow.
def booking = execution.getVariable("booking")

int nights = booking.nights
int guests = booking.guests
BigDecimal rate = booking.rate

try {
    assert nights > 0 : "nights must be positive"
    println "nights ok"
} catch (AssertionError e) {
    println "assert with message: ${e.message}"
}

try {
    assert guests <= 4
    println "guests ok"
} catch (AssertionError e) {
    println "power assert: ${e.getClass().simpleName}"
    println e.message
}

try {
    assert booking.room?.toUpperCase() in ["SINGLE", "DOUBLE", "SUITE"], "room type ${booking.room} unknown"
} catch (AssertionError e) {
    println "room: ${e.message}"
}

BigDecimal total = nights * rate
println "total: ${total}"
execution.setVariable("bookingTotal", total)
customMetricService.upsertMetric("booking_nights", nights.toString())

def expected = booking.quoted
assert total == expected
println "quote matches"
