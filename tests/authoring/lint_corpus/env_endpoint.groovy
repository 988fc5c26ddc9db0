// Picks the CRM endpoint from the host environment, with a default.
def endpoint = System.getenv("CRM_ENDPOINT") ?: "https://crm.example.com/api"
def started = System.currentTimeMillis()
transientVariableService.addVariable("crmEndpoint", endpoint)
transientVariableService.addVariable("startedAt", started)
