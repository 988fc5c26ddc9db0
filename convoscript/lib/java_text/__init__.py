"""java.text classes: SimpleDateFormat; NumberFormat, DecimalFormat and DecimalFormatSymbols."""
