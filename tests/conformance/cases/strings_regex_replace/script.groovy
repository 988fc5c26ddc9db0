def phone = "Call 555-1234 or 555-9876 now"
println phone.replaceAll(/\d+/, "#")
println phone.replaceAll(/(\d{3})-(\d{4})/, '$2-$1')
println phone.replaceFirst(/\d{3}/, "XXX")
println "2024-01-15".replaceAll("(\\d+)-(\\d+)-(\\d+)", '$3/$2/$1')
def slashy = /\d+\.\d+/
println slashy
println "3.14".matches(slashy)
println "abc".matches(/\d+/)
println "a1b22c333".split(/\d+/).toList()
println "  many   spaces here ".trim().replaceAll(/\s+/, " ")
println "price: \$5".replaceAll(/\$/, "USD ")
println "x.y.z".replace(".", "/")
println "x.y.z".replaceAll(".", "/")
def path = /C:\temp\new/
println path
