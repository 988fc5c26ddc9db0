def x = null; println x.getClass(); println x.getClass().simpleName; println x.getClass().name
