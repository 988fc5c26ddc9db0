// a wrong transientVariableService method: its methods and Object's, ranked as Groovy does
transientVariableService.getVar("a")
