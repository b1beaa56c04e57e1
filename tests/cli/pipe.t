A reader that stops early (`rectrack export | head`) closes the pipe
rectrack writes to.  rectrack does not die of SIGPIPE with its database
open: the write fails, the command ends as it would have and says
nothing about the output nobody reads.  The helper runs a command with
its standard output a pipe whose reader has already gone, and prints
its exit status and what it wrote to standard error.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --name "DHS OIG" --kind oig >/dev/null
$ rectrack agency add CBP --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack report add OIG-21-19 --title "Canines" --issued 2021-02-08 --agency CBP >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-resolved --target 2021-09-30 --text "Improve oversight." >/dev/null
$ cat > closed.py <<'EOF'
> import os, subprocess, sys
> r, w = os.pipe()
> os.close(r)
> p = subprocess.run(["rectrack"] + sys.argv[1:], stdout=w, stderr=subprocess.PIPE)
> print("status", p.returncode)
> sys.stdout.write(p.stderr.decode())
> EOF

Listings and reports end quietly with status 0; an export, which checks
its own writes, ends with status 1, quietly too:

$ python3 closed.py list
  status 0
$ python3 closed.py history 'OIG-21-19#1'
  status 0
$ python3 closed.py export
  status 1
$ python3 closed.py export --format json
  status 1

A write command does its work; only its outcome line is lost:

$ python3 closed.py note 'OIG-21-19#1' "sent to a closed pipe"
  status 0
$ rectrack history 'OIG-21-19#1' | tail -1 | grep -c 'sent to a closed pipe'
  1
$ rectrack check
  ok: 1 report, 1 recommendation, 4 events checked

An error that is not about the lost output is still reported:

$ python3 closed.py history 'OIG-99-01#1'
  status 1
  rectrack: OIG-99-01: no such report
