// Checks that the CRM host answers before calling it.
def output = "ping -c 1 crm.internal".execute().text
def reachable = output.contains("1 received")
execution.setVariable("crmReachable", reachable)
reachable
