// String.format(Locale, ...) uses the Locale's decimal and grouping separators (Java 17, CLDR)
def shown = { String s -> s.collect { c -> (c as char) > 126 ? String.format("<%04x>", (int) (c as char)) : c }.join() }
["de_CH", "fr_FR", "sv_SE", "de_AT", "en_IN", "ja_JP", "fi_FI", "nb_NO", "pt_PT", "es_ES", "hi_IN", "fr_CA", "it_CH", "en", "nl_NL", "pl_PL"].each { t ->
    def p = t.split("_")
    Locale l = p.size() == 2 ? new Locale(p[0], p[1]) : new Locale(p[0])
    println "${t} " + shown(String.format(l, "%,.2f|%,d|%.3f|%,.2f|%e|%,d|%s", 1234567.891, 1234567, -1.5, -1234.5, 12345.678, -1234567, 1.5))
}
println shown(String.format(new Locale("de", "CH"), "%,.2f", new BigDecimal("1234567.891")))
