def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('[INFO] Skipping (normative.skip)') == 2
assert !log.contains('[tier-coverage]')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/editions').exists()
return true
