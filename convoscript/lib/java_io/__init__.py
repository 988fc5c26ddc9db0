"""java.io classes: StringWriter, and the PrintWriter its withPrintWriter hands a closure."""
