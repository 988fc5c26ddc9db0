def classify(String text) {
    switch (text) {
        case ~/\d{5}/: return "zip"
        case ~/(?i)yes|yep|sure/: return "affirm"
        case ~/[A-Z]{2}-\d+/: return "ticket"
        case ~/.*@.*/: return "email"
        default: return "free text"
    }
}
["12345", "Yes", "sure", "AB-991", "me@x.io", "123456", "yes please"].each {
    println "${it} => ${classify(it)}"
}
