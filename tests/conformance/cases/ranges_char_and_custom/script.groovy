def letters = 'a'..'f'
println letters.toList()
println letters.size()
println letters.contains('c')
println letters.class.simpleName
println(('x'..'z').join(""))
def digits = '0'..'9'
println digits.collect { it as int }.sum()
def d1 = 1.5..3.5
println d1.toList()
