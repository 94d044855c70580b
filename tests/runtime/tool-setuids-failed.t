# setuids -x shows only refused calls: uid 65534 asking setuid(0) gets -1 (EPERM); its earlier successful setfsuid does not show.
cmd: cp /usr/bin/python3 $TEST_TMP/setuidpyx; ./bpfscope setuids -x --cmd "setpriv --reuid=65534 --regid=65534 --clear-groups $TEST_TMP/setuidpyx -c 'import os, ctypes; ctypes.CDLL(None).setfsuid(65534); os.setuid(0)'" 2>/dev/null
stdout-re: ^[0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]+ +setuidpyx +65534  setuid           uid=0 \(-1\)$
stdout-not-re: setfsuid
