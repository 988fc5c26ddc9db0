"""java.io classes: StringWriter."""
