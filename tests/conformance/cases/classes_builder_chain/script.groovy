class Reply {
    private List parts = []
    private String tone = "neutral"
    Reply say(String s) { parts << s; this }
    Reply tone(String t) { tone = t; this }
    Reply when(boolean cond, String s) { if (cond) parts << s; this }
    String build() {
        def text = parts.join(" ")
        tone == "friendly" ? text + " :)" : text
    }
}
def vip = true
def r = new Reply().say("Your order").say("has shipped.").when(vip, "Thanks for being a VIP!").tone("friendly").build()
println r
println new Reply().say("Nothing").when(false, "hidden").build()
