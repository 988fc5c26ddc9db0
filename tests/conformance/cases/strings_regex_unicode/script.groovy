// Java's \p{...} classes are Unicode while \w \d \s stay ASCII; (?i) alone folds ASCII only
def utterance = "Héllo, wörld! ¿Qué tal? Ça va 😀"
println utterance.replaceAll(/[^\p{L}\p{N}\s]/, "")
println utterance.findAll(/\p{Lu}/)
println utterance.findAll(/\p{IsLatin}+/)
println(["ÀB" ==~ /\p{Upper}+/, "ÀB" ==~ /\p{IsUppercase}+/, "ÀB" ==~ /\p{javaUpperCase}+/])
println "é-a_1".replaceAll(/[\W]/, "#")
println "a1é".replaceAll(/[^\D]/, "#")
println "a\u00a0b c".split(/\s+/)
println "١2".findAll(/\d/)
println "é1".matches(/(?U)\w+/)
println(["CAFÉ" ==~ /(?i)café/, "CAFÉ" ==~ /(?iu)café/, "Straße" ==~ /(?i)STRAßE/])
println(("éa" =~ /\ba/).find())
println(["A".matches(/\0101/), "\r".matches(/\cM/), "A".matches(/\x{41}/)])
for (p in ["a**", "?", "ab[cd"]) {
    try { "a".matches(p) } catch (e) { println e.message.readLines()[0] }
}
