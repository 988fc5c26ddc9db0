// Fold this conversation's survey answers into running totals kept as metrics.
def answers = transientVariableService.getVariable("surveyAnswers") ?: []
def valid = answers.findAll { it instanceof Number && it >= 1 && it <= 5 }

int previousCount = (customMetricService.getMetric("survey_count") ?: "0") as int
BigDecimal previousSum = new BigDecimal(customMetricService.getMetric("survey_sum") ?: "0")

int count = previousCount + valid.size()
BigDecimal sum = previousSum + (valid.sum() ?: 0)
def average = count ? (sum / count).setScale(2, BigDecimal.ROUND_HALF_UP) : null

customMetricService.upsertMetric("survey_count", count.toString())
customMetricService.upsertMetric("survey_sum", sum.toString())
customMetricService.upsertMetric("survey_average", String.valueOf(average))
if (valid.size() != answers.size()) {
    log.warn("ignored ${answers.size() - valid.size()} invalid answers")
}
def detractors = valid.count { it <= 2 }
if (detractors) execution.setVariable("followUp", true)
average
