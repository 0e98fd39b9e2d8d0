def log = new File(basedir, 'build.log').getText('UTF-8')
assert (~/\[WARNING\] (\S*\/)?src\/main\/standard\/standard\.norm:15:\d+: warning: \[duplicate-criterion\] /).matcher(log).find()
assert log.contains('[INFO] 1 role, 1 dimension, 1 point, 4 criteria: 0 errors, 1 warning')
assert log.contains('has 1 warning (failOnWarnings): see the findings above')
assert log.contains(':validate (default) @ validate-warnings ---')
assert log.contains('BUILD FAILURE')
return true
