"""java.lang classes: the boxed numbers, Math, Character, String, StringBuilder, the throwables."""
