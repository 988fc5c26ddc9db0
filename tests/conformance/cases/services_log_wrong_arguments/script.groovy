log.info("first")
// (execution, String) exists, (execution, Integer) does not
log.info(execution, 42)
log.info("unreachable")
