// Compute the SLA due date of a ticket: three business days from today (clean).
import java.time.LocalDate

def priority = execution.getVariable("ticketPriority") ?: "normal"
int days = priority == "high" ? 1 : 3
def due = addBusinessDays(LocalDate.now(), days)
execution.setVariable("slaDue", isoDate(due))
"due ${isoDate(due)}"
