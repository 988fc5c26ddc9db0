// Typed helper methods for a survey score flow
class Score {
    static final int MAX = 10
}

static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v))
}

static double mean(int[] values) {
    if (values.length == 0) return 0.0d
    long total = 0
    for (int v : values) total += v
    return total / (double) values.length
}

static int[] toScores(List answers) {
    int[] result = new int[answers.size()]
    for (int i = 0; i < answers.size(); i++) {
        Object a = answers.get(i)
        int n
        if (a instanceof Number) {
            n = ((Number) a).intValue()
        } else if (a instanceof String && ((String) a).isInteger()) {
            n = Integer.parseInt((String) a)
        } else {
            n = -1
        }
        result[i] = clamp(n, 0, Score.MAX)
    }
    return result
}

static String npsBucket(int score) {
    if (score >= 9) return "promoter"
    else if (score >= 7) return "passive"
    return "detractor"
}

List answers = (List) execution.getVariable("answers")
int[] scores = toScores(answers)
println "scores: " + Arrays.toString(scores)

int[] sorted = Arrays.copyOf(scores, scores.length)
Arrays.sort(sorted)
int median = sorted.length % 2 == 1 ? sorted[sorted.length / 2 as int] : (sorted[(sorted.length / 2 as int) - 1] + sorted[sorted.length / 2 as int]) / 2 as int
double avg = mean(scores)
println String.format("mean %.3f median %d min %d max %d", avg, median, sorted[0], sorted[sorted.length - 1])

Map<String, Integer> buckets = new TreeMap<String, Integer>()
for (int s : scores) {
    String b = npsBucket(s)
    buckets.put(b, buckets.containsKey(b) ? buckets.get(b) + 1 : 1)
}
int promoters = buckets.getOrDefault("promoter", 0)
int detractors = buckets.getOrDefault("detractor", 0)
int nps = Math.round((promoters - detractors) * 100.0f / scores.length)
println "buckets " + buckets + " nps=" + nps

Integer boxed = nps
long widened = boxed
float f = 1.1f
double d = f
println "widened=" + widened + " float->double=" + d + " eq=" + (f == 1.1f)

execution.setVariable("nps", nps)
execution.setVariable("scoreMean", avg)
customMetricService.upsertMetric("nps", String.valueOf(nps))
log.info("nps computed over " + scores.length + " answers")
