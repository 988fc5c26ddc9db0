def payloads = ["text", 5, 5L, 5.0, 5.0d, 5.0f, [1], [a: 1], true, 'c' as char, 1..3, new StringBuilder("sb"), "${1}x"]
payloads.each { p ->
    println "${p.getClass().simpleName}: CharSequence=${p instanceof CharSequence} Number=${p instanceof Number} List=${p instanceof List} Map=${p instanceof Map}"
}
