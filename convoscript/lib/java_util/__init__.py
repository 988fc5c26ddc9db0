"""java.util classes: HashMap, LinkedList, Arrays/Collections, Random/UUID, Date, Calendar, TimeZone."""
