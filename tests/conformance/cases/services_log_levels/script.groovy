log.debug("starting")
log.info "user said hello"
def n = 3
log.warn("retry ${n}")
log.error(42)
log.info(null)
log.info([step: "greet", ok: true])
log.debug([1, 2.50, "x"])
def msg = "done"
log.info msg
