// Script library: scoring of one interaction, shared by several script tasks.
BigDecimal interactionScore(int turns, int escalations, boolean resolved) {
    BigDecimal score = resolved ? 1.0 : 0.4
    score -= 0.05 * Math.max(0, turns - 4)
    score -= 0.2 * escalations
    return score < 0 ? 0.0 : score.setScale(2, BigDecimal.ROUND_HALF_UP)
}

String scoreBand(BigDecimal score) {
    if (score >= 0.8) return "good"
    if (score >= 0.5) return "fair"
    return "poor"
}
