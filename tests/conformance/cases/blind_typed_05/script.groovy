// Scores arrive as a comma-separated string; compute statistics with arrays.
String raw = execution.getVariable("scores")
String[] parts = raw.split(",")
int[] scores = new int[parts.length]
for (int i = 0; i < parts.length; i++) {
    scores[i] = Integer.parseInt(parts[i].trim())
}
println "count: ${scores.length}"
println "raw: ${Arrays.toString(scores)}"

int[] sorted = Arrays.copyOf(scores, scores.length)
Arrays.sort(sorted)
println "sorted: ${Arrays.toString(sorted)}"

int total = 0
int max = Integer.MIN_VALUE
int min = Integer.MAX_VALUE
for (int s : scores) {
    total += s
    if (s > max) max = s
    if (s < min) min = s
}
double mean = (double) total / scores.length
double median = sorted.length % 2 == 0 ?
        (sorted[(int) (sorted.length / 2) - 1] + sorted[(int) (sorted.length / 2)]) / 2.0d :
        sorted[(int) (sorted.length / 2)]
println "total=${total} min=${min} max=${max}"
println "mean=${mean}"
println String.format("mean(2dp)=%.2f median=%.1f", mean, median)

String[][] grid = new String[2][3]
grid[0][0] = "a"
grid[1][2] = "z"
println "grid: ${grid.collect { Arrays.toString(it) }}"

Integer[] boxed = scores as Integer[]
println "boxed class: ${boxed.getClass().simpleName}, list: ${boxed.toList().reverse()}"
println "index of 42: ${Arrays.binarySearch(sorted, 42)}"

char[] letters = "flow".toCharArray()
Arrays.sort(letters)
println "letters: ${new String(letters)}"

execution.setVariable("scoreMean", mean)
execution.setVariable("scoreMedian", median)
execution.setVariable("scoreMax", max)
customMetricService.upsertMetric("score_mean", String.format("%.1f", mean))
println "out of range: ${scores[scores.length]}"
