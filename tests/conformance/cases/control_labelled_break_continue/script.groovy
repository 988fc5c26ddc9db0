def grid = [[1, 2, 3], [4, -1, 6], [7, 8, 9]]
def visited = []
outer:
for (row in grid) {
    for (cell in row) {
        if (cell < 0) break outer
        visited << cell
    }
}
println visited
def pairs = []
rows:
for (int i = 0; i < 3; i++) {
    for (int j = 0; j < 3; j++) {
        if (j > i) continue rows
        pairs << "${i}${j}"
    }
}
println pairs
def found = null
search:
for (row in grid) {
    for (cell in row) {
        if (cell % 4 == 0 && cell > 4) {
            found = cell
            break search
        }
    }
}
println found
