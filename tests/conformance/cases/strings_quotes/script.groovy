def single = 'single $notInterpolated'
def dbl = "double quoted"
def withQuote = "she said \"hi\" and 'bye'"
def escapes = 'tab:\there\\slash'
def triple = '''line one
line two'''
def tripleDouble = """Dear ${dbl},
  indented line
end"""
println single
println dbl
println withQuote
println escapes
println triple
println tripleDouble
println triple.size()
println single.class.simpleName
println 'a' + "b" + '''c'''
println "dollar: \$5 and ${'$'}6"
