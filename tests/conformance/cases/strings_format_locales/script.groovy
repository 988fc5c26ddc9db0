// Locale constants and what String.format does with them: the decimal and grouping separators
def names = ["ENGLISH", "FRENCH", "GERMAN", "ITALIAN", "JAPANESE", "KOREAN", "CHINESE", "SIMPLIFIED_CHINESE",
             "TRADITIONAL_CHINESE", "FRANCE", "GERMANY", "ITALY", "JAPAN", "KOREA", "CHINA", "PRC", "TAIWAN",
             "UK", "US", "CANADA", "CANADA_FRENCH", "ROOT"]
names.each { n ->
    Locale l = Locale."$n"
    println "${n} [${l}] " + String.format(l, "%,.2f|%,d|%e|%.3f|%g|%(,.1f|%010.2f|%S|%x|%,010d|%s|%d",
            -9876543.219d, -1234567, 12345.678d, 2.5d, 0.000123456d, -1234.56d, -3.5d, "straße", 255, 1234567, 1.5d, 7)
}
println Locale.FRANCE == Locale.FRANCE
println Locale.CHINA == Locale.PRC
println String.format((Locale) null, "%,.2f", 1234.5d)
println String.format(Locale.GERMANY, "%,.3f %E %,d %s %.1f %b", 1234567.891d, 0.5d, -1234, 1.5d, 2.25d, true)
println String.format("[%08x] [%#08x] [%08o] [%#010X] [%-8x] [%8x] [%08X]", 255, 255, 8, 255, 255, 255, -1)
println String.format("%s %s", ["a", "b"] as Object[])
println String.format("%s-%s", ["a", "b"] as String[])
println String.format("%s", [1, 2] as int[])
println String.format(Locale.FRANCE, "%s %s", [1.5, 2] as Object[])
