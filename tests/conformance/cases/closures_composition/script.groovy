def trim = { it.trim() }
def lower = { it.toLowerCase() }
def words = { it.split(/\s+/) as List }
def normalize = trim >> lower
println normalize("  HELLO There ")
def tokens = normalize >> words
println tokens("  Where IS my Order ")
def backwards = words << lower << trim
println backwards("  A B ")
def inc = { it + 1 }
def dbl = { it * 2 }
println((inc >> dbl)(3))
println((inc << dbl)(3))
println((inc >> dbl >> inc)(0))
