// `println [1, 2]` parses as an index into a property named println.
def scores = [3, 9, 4]
println scores.max()
println([3, 9, 4].min())
println [3, 9, 4].max()
