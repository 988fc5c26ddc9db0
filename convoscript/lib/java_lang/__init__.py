"""java.lang classes: static members and constructors."""
