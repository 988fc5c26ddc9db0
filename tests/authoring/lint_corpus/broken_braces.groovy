// Greets the user by the part of the day (a missing closing brace).
def hour = new Date().hours
if (hour < 12) {
    transientVariableService.addVariable("greeting", "Good morning")
else {
    transientVariableService.addVariable("greeting", "Hello")
}
