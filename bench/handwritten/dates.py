"""dates.groovy by hand: 8-working-hour callback deadlines with datetime, counted per weekday."""

from datetime import date, datetime, time, timedelta

DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
ONE_DAY = timedelta(days=1)
MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)


def run(transient, variables, metrics, log):
    first_ticket = datetime.fromisoformat("2026-03-02T08:15:00")
    holidays = {date.fromisoformat("2026-03-19"), date.fromisoformat("2026-04-03")}
    opening, closing = time(9, 0), time(17, 0)

    def workday(d):
        return d.weekday() < 5 and d not in holidays

    def next_workday(d):
        d += ONE_DAY
        while not workday(d):
            d += ONE_DAY
        return d

    due_by_day = {}
    late = 0
    last_due = None
    for i in range(300):
        opened = first_ticket + timedelta(minutes=i * 97)
        due = opened
        if not workday(due.date()) or not due.time() < closing:
            due = datetime.combine(next_workday(due.date()), opening)
        elif due.time() < opening:
            due = datetime.combine(due.date(), opening)
        left = 8 * 60
        while left > 0:
            today = (datetime.combine(due.date(), closing) - due) // MINUTE
            if left <= today:
                due += timedelta(minutes=left)
                left = 0
            else:
                left -= today
                due = datetime.combine(next_workday(due.date()), opening)
        day = DAYS[due.weekday()]
        due_by_day[day] = due_by_day.get(day, 0) + 1
        if (due - opened) // HOUR > 48:
            late += 1
        last_due = due.strftime("%Y-%m-%d %H:%M")
    variables["dueByDay"] = due_by_day
    variables["late"] = late
    variables["lastDue"] = last_due
