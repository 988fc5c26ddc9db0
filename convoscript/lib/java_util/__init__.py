"""java.util classes: the collections (ArrayList, LinkedList, HashMap, TreeMap, the sets ...),
Arrays, Collections, Formatter, Random/UUID, Date, Calendar, TimeZone, Locale, Currency."""
