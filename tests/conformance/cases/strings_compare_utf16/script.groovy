// String.compareTo compares UTF-16 units: an emoji (surrogate pair) sorts below U+E000..U+FFFF
println "😀".compareTo("\uFFFD")
println "a😀".compareTo("a\uE000")
println "😀".compareTo("😁")
println "x😀".compareTo("x")
println "😀".compareToIgnoreCase("\uFFFD")
println(["\uFFFD", "😀", "z", "é"].sort())
println(["\uFFFD", "😀", "z"].sort { a, b -> a <=> b })
