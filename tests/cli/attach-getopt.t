# getopt("name", default) in an attach point takes the named parameter given after "--", or the default; a parameter read only there is not reported as unused.
cmd: ./bpfscope --check -d ast -e 'profile:hz:getopt("frequency", 49) { @ = count(); }' | grep attach; ./bpfscope --check -d ast -e 'profile:hz:getopt("frequency", 49) { @ = count(); }' -- --frequency=199 | grep attach; ./bpfscope --check -e 'interval:ms:getopt("ms", 100) { exit(); }' -- --ms=5 && echo ok
stdout:     attach profile:hz:49 [profile unit=hz freq=49] <1:1>
stdout:     attach profile:hz:199 [profile unit=hz freq=199] <1:1>
stdout: ok
