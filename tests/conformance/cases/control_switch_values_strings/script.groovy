def route(intent) {
    switch (intent) {
        case "greet":
            return "welcome"
        case "order_status":
        case "track":
            return "orders"
        case 42:
            return "the answer"
        case null:
            return "no intent"
        default:
            return "fallback"
    }
}
["greet", "track", "order_status", 42, null, "bye"].each { println "${it} -> ${route(it)}" }
