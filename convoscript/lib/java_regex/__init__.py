"""java.util.regex classes: Pattern and Matcher."""
