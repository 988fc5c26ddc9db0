"""strings.groovy by hand: 20,000 appends of re-cased words, lines that mention a word."""

WORDS = ["Hola", "quiero", "TRANSFERIR", "dinero", "a", "la", "cuenta", "1234-5678"]


def run(transient, variables, metrics, log):
    parts = []
    for i in range(20_000):
        w = WORDS[i % len(WORDS)]
        parts.append(w.lower().capitalize())
        parts.append("\n" if i % 10 == 0 else " ")
    text = "".join(parts)
    lines = [line for line in text.splitlines() if "Transferir" in line]
    variables["n"] = len(lines)
