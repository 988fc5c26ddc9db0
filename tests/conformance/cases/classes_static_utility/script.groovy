class Fmt {
    static String money(BigDecimal amount) {
        "\$" + amount.setScale(2, BigDecimal.ROUND_HALF_UP).toString()
    }
    static String plural(int n, String word) {
        n == 1 ? "${n} ${word}" : "${n} ${word}s"
    }
    static List<String> words(String text) {
        text.toLowerCase().tokenize(" ,.!?")
    }
}
println Fmt.money(3.5)
println Fmt.money(10)
println Fmt.money(2.345)
println Fmt.plural(1, "item")
println Fmt.plural(3, "item")
println Fmt.words("Hello, World! Where is my ORDER?")
def m = Fmt.&plural
println m(2, "day")
