"""java.text classes: SimpleDateFormat."""
