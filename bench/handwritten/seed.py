"""seed.groovy by hand: read a transient variable, write it as a String metric."""


def run(transient, variables, metrics, log):
    trained_perf = transient.get("trained_performance")
    metrics["trained_performance"] = "null" if trained_perf is None else str(trained_perf)
