rectrack digest: one e-mail per responsible official with what they owe
(overdue, due within the window, awaiting a decision), written as files
(--out DIR) or handed to sendmail -t (--sendmail).  Messages depend only
on the data and the clock, so the transcript shows them byte for byte,
then reads them back with Python's email package.

A register with three officials: the head of CBP's field operations
(overdue, due soon and undecided items), the commissioner they report to
(nothing due), and FEMA's CFO, who has an item due but no e-mail
address.  One recommendation has no official.

$ rectrack init >/dev/null
$ rectrack issuer add dhs-oig --kind oig --name "DHS Office of Inspector General" >/dev/null
$ rectrack agency add DHS --name "Department of Homeland Security" >/dev/null
$ rectrack agency add CBP --parent DHS --name "U.S. Customs and Border Protection" >/dev/null
$ rectrack agency add FEMA --parent DHS --name "Federal Emergency Management Agency" >/dev/null
$ rectrack official add cbp-commissioner --name "Commissioner, CBP" --email commissioner@cbp.example.gov --agency CBP >/dev/null
$ rectrack official add cbp-ofo --name "José Ramírez" --title "Executive Director, Field Operations" --email ofo-audits@cbp.example.gov --agency CBP --reports-to cbp-commissioner >/dev/null
$ rectrack official add fema-cfo --name "FEMA Chief Financial Officer" --agency FEMA >/dev/null
$ rectrack report add OIG-21-19 --issuer dhs-oig --issued 2021-02-08 --agency CBP --title "Canine Program" >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-resolved --target 2021-09-30 --official cbp-ofo --text "Improve oversight of the Canine Program, its training; and its \"records\"." >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-resolved --target 2026-12-15 --official cbp-ofo --text "Realign the canine academy." >/dev/null
$ rectrack rec add OIG-21-19 --status open-unresolved --official cbp-ofo --text "Update and standardize the Canine Program guidance." >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-resolved --target 2027-06-30 --official cbp-commissioner --text "Not due for months." >/dev/null
$ rectrack report add OIG-22-10 --issuer dhs-oig --issued 2022-01-10 --agency FEMA --title "Grants" >/dev/null
$ rectrack rec add OIG-22-10 --concurrence concur --status open-resolved --target 2026-12-01 --official fema-cfo --text "Recover the questioned grant costs." >/dev/null
$ rectrack rec add OIG-22-10 --concurrence concur --status open-resolved --target 2026-12-20 --text "No official named yet." >/dev/null
$ cat > c.yaml <<'EOF'
> follow_up:
>   from: audit-followup@oig.example.gov
>   from_name: Office of Audit Follow-up
>   cc: [records@oig.example.gov]
>   agency_cc:
>     - {agency: DHS, email: dhs-liaison@dhs.example.gov}
>     - {agency: FEMA, email: fema-liaison@fema.example.gov}
>   sendmail: ./stub-sendmail
> EOF

The queue the digests come from:

$ rectrack due
  Working queue as of 2026-11-28
  
  Overdue (1)
  ID           AGENCY  OFFICIAL  TARGET      DAYS  TEXT
  OIG-21-19#1  CBP     cbp-ofo   2021-09-30  1885  Improve oversight of the Canine Program, its training; and its "records".
  
  Due within 30 days (3)
  ID           AGENCY  OFFICIAL  TARGET      DAYS  TEXT
  OIG-22-10#1  FEMA    fema-cfo  2026-12-01     3  Recover the questioned grant costs.
  OIG-21-19#2  CBP     cbp-ofo   2026-12-15    17  Realign the canine academy.
  OIG-22-10#2  FEMA              2026-12-20    22  No official named yet.
  
  Awaiting a decision over six months (1)
  ID           AGENCY  OFFICIAL  ISSUED      DAYS  TEXT
  OIG-21-19#3  CBP     cbp-ofo   2021-02-08  2119  Update and standardize the Canine Program guidance.

Digests written as files, one per official with something in the queue.
FEMA's CFO has no address: said on standard error, and in the exit
status, after the others are written.

$ mkdir out
$ rectrack --config c.yaml digest --out out
  cbp-ofo: 3 recommendations to ofo-audits@cbp.example.gov, cc records@oig.example.gov, dhs-liaison@dhs.example.gov, commissioner@cbp.example.gov: out/cbp-ofo.eml
  1 recommendation of the queue has no official: in no digest (rectrack due lists them)
! rectrack: official fema-cfo has 1 recommendation to follow up but no e-mail address: no digest (official set fema-cfo email=ADDRESS)
! rectrack: digests: 1 written, 0 failed; 1 official without an e-mail address
[1]
$ ls out
  cbp-ofo.eml
$ cat out/cbp-ofo.eml
  From: Office of Audit Follow-up <audit-followup@oig.example.gov> [CR]
  To: =?UTF-8?B?Sm9zw6kgUmFtw61yZXo=?= <ofo-audits@cbp.example.gov> [CR]
  Cc: records@oig.example.gov, dhs-liaison@dhs.example.gov, [CR]
   commissioner@cbp.example.gov [CR]
  Subject: Recommendations to follow up: 1 overdue, 1 due within 30 days, 1 [CR]
   awaiting a decision (2026-11-28) [CR]
  Date: Sat, 28 Nov 2026 12:00:00 +0000 [CR]
  Message-ID: <10ecfa7cc829436c0664f039bff06961@rectrack> [CR]
  MIME-Version: 1.0 [CR]
  Content-Type: multipart/mixed; [CR]
   boundary="=_rt_e7201460699b232132ffdf898eb4b802" [CR]
   [CR]
  This is a message in MIME format. [CR]
   [CR]
  --=_rt_e7201460699b232132ffdf898eb4b802 [CR]
  Content-Type: text/plain; charset=UTF-8 [CR]
  Content-Transfer-Encoding: quoted-printable [CR]
   [CR]
  Jos=C3=A9 Ram=C3=ADrez, [CR]
   [CR]
  The recommendations assigned to you (cbp-ofo) that need attention, as of 20= [CR]
  26-11-28: [CR]
   [CR]
  Overdue (1) [CR]
    ID           TARGET      DAYS OVERDUE  STATUS         TEXT [CR]
    OIG-21-19#1  2021-09-30          1885  open-resolved  Improve oversight o= [CR]
  f the Canine Program, its training; and =E2=80=A6 [CR]
   [CR]
  Due within 30 days (1) [CR]
    ID           TARGET      DAYS LEFT  STATUS         TEXT [CR]
    OIG-21-19#2  2026-12-15         17  open-resolved  Realign the canine aca= [CR]
  demy. [CR]
   [CR]
  Awaiting a decision over six months (1) [CR]
    ID           ISSUED      DAYS SINCE ISSUE  STATUS           TEXT [CR]
    OIG-21-19#3  2021-02-08              2119  open-unresolved  Update and st= [CR]
  andardize the Canine Program guidance. [CR]
   [CR]
  The same list is attached as due-cbp-ofo-2026-11-28.csv. [CR]
   [CR]
  Copied to cbp-commissioner, to whom you report: a recommendation is overdue= [CR]
   by more than 30 days. [CR]
   [CR]
  --=20 [CR]
  Office of Audit Follow-up [CR]
   [CR]
  --=_rt_e7201460699b232132ffdf898eb4b802 [CR]
  Content-Type: text/csv; charset=UTF-8; [CR]
   name="due-cbp-ofo-2026-11-28.csv" [CR]
  Content-Disposition: attachment; [CR]
   filename="due-cbp-ofo-2026-11-28.csv" [CR]
  Content-Transfer-Encoding: base64 [CR]
   [CR]
  Z3JvdXAsaWQsYWdlbmN5LG9mZmljaWFsLHN0YXR1cyx0YXJnZXRfZGF0ZSxpc3N1ZWQsZGF5cyx0 [CR]
  ZXh0DQpvdmVyZHVlLE9JRy0yMS0xOSMxLENCUCxjYnAtb2ZvLG9wZW4tcmVzb2x2ZWQsMjAyMS0w [CR]
  OS0zMCwyMDIxLTAyLTA4LDE4ODUsIkltcHJvdmUgb3ZlcnNpZ2h0IG9mIHRoZSBDYW5pbmUgUHJv [CR]
  Z3JhbSwgaXRzIHRyYWluaW5nOyBhbmQgaXRzICIicmVjb3JkcyIiLiINCmR1ZS1zb29uLE9JRy0y [CR]
  MS0xOSMyLENCUCxjYnAtb2ZvLG9wZW4tcmVzb2x2ZWQsMjAyNi0xMi0xNSwyMDIxLTAyLTA4LDE3 [CR]
  LFJlYWxpZ24gdGhlIGNhbmluZSBhY2FkZW15Lg0KYXdhaXRpbmctZGVjaXNpb24sT0lHLTIxLTE5 [CR]
  IzMsQ0JQLGNicC1vZm8sb3Blbi11bnJlc29sdmVkLCwyMDIxLTAyLTA4LDIxMTksVXBkYXRlIGFu [CR]
  ZCBzdGFuZGFyZGl6ZSB0aGUgQ2FuaW5lIFByb2dyYW0gZ3VpZGFuY2UuDQo= [CR]
   [CR]
  --=_rt_e7201460699b232132ffdf898eb4b802-- [CR]

Read back by Python's email package: the headers decode to the names
and addresses, the text to the list, the attachment to the CSV.

$ cat > read.py <<'EOF'
> import email, email.policy, sys
> m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)
> for h in ('From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID'):
>     print(h + ':', m[h])
> for part in m.iter_parts():
>     print('--', part.get_content_type(), part.get_filename() or '')
>     sys.stdout.write(part.get_content() if part.get_content_maintype() == 'text' and part.get_filename() is None else part.get_payload(decode=True).decode())
> EOF
$ python3 read.py out/cbp-ofo.eml
  From: Office of Audit Follow-up <audit-followup@oig.example.gov>
  To: José Ramírez <ofo-audits@cbp.example.gov>
  Cc: records@oig.example.gov, dhs-liaison@dhs.example.gov, commissioner@cbp.example.gov
  Subject: Recommendations to follow up: 1 overdue, 1 due within 30 days, 1 awaiting a decision (2026-11-28)
  Date: Sat, 28 Nov 2026 12:00:00 +0000
  Message-ID: <10ecfa7cc829436c0664f039bff06961@rectrack>
  -- text/plain 
  José Ramírez, [CR]
   [CR]
  The recommendations assigned to you (cbp-ofo) that need attention, as of 2026-11-28: [CR]
   [CR]
  Overdue (1) [CR]
    ID           TARGET      DAYS OVERDUE  STATUS         TEXT [CR]
    OIG-21-19#1  2021-09-30          1885  open-resolved  Improve oversight of the Canine Program, its training; and … [CR]
   [CR]
  Due within 30 days (1) [CR]
    ID           TARGET      DAYS LEFT  STATUS         TEXT [CR]
    OIG-21-19#2  2026-12-15         17  open-resolved  Realign the canine academy. [CR]
   [CR]
  Awaiting a decision over six months (1) [CR]
    ID           ISSUED      DAYS SINCE ISSUE  STATUS           TEXT [CR]
    OIG-21-19#3  2021-02-08              2119  open-unresolved  Update and standardize the Canine Program guidance. [CR]
   [CR]
  The same list is attached as due-cbp-ofo-2026-11-28.csv. [CR]
   [CR]
  Copied to cbp-commissioner, to whom you report: a recommendation is overdue by more than 30 days. [CR]
   [CR]
  --  [CR]
  Office of Audit Follow-up [CR]
  -- text/csv due-cbp-ofo-2026-11-28.csv
  group,id,agency,official,status,target_date,issued,days,text [CR]
  overdue,OIG-21-19#1,CBP,cbp-ofo,open-resolved,2021-09-30,2021-02-08,1885,"Improve oversight of the Canine Program, its training; and its ""records""." [CR]
  due-soon,OIG-21-19#2,CBP,cbp-ofo,open-resolved,2026-12-15,2021-02-08,17,Realign the canine academy. [CR]
  awaiting-decision,OIG-21-19#3,CBP,cbp-ofo,open-unresolved,,2021-02-08,2119,Update and standardize the Canine Program guidance. [CR]

The same clock gives the same bytes:

$ mkdir again
$ rectrack --config c.yaml digest --out again 2>/dev/null >/dev/null; cmp out/cbp-ofo.eml again/cbp-ofo.eml && echo same
  same
$ rectrack --db rectrack.db check | cut -d: -f1
  ok

--official narrows the digests to some officials; --within and --as-of
move the window.

$ rm -r again && mkdir again
$ rectrack --config c.yaml digest --out again --official cbp-ofo
  cbp-ofo: 3 recommendations to ofo-audits@cbp.example.gov, cc records@oig.example.gov, dhs-liaison@dhs.example.gov, commissioner@cbp.example.gov: again/cbp-ofo.eml
$ rectrack --config c.yaml digest --out again --official cbp-commissioner
  nothing overdue, due within 30 days or awaiting a decision for the official named
$ rectrack --config c.yaml digest --out again --official cbp-ofo --official fema-cfo --within 5 --as-of 2026-11-20
  cbp-ofo: 2 recommendations to ofo-audits@cbp.example.gov, cc records@oig.example.gov, dhs-liaison@dhs.example.gov, commissioner@cbp.example.gov: again/cbp-ofo.eml
$ python3 read.py again/cbp-ofo.eml | grep -e '^Subject' -e '^  OIG'
  Subject: Recommendations to follow up: 1 overdue, 1 awaiting a decision (2026-11-20)
    OIG-21-19#1  2021-09-30          1877  open-resolved  Improve oversight of the Canine Program, its training; and … [CR]
    OIG-21-19#3  2021-02-08              2111  open-unresolved  Update and standardize the Canine Program guidance. [CR]

--include-staff adds everyone reporting to the officials named, directly
or not, here and on list, summary, outstanding, export, calendar and due:

$ rectrack list --official cbp-commissioner --format csv | cut -d, -f1
  id
  OIG-21-19#4
$ rectrack list --official cbp-commissioner --include-staff --format csv | cut -d, -f1
  id
  OIG-21-19#1
  OIG-21-19#2
  OIG-21-19#3
  OIG-21-19#4
$ rectrack due --official cbp-commissioner --include-staff --format csv | cut -d, -f1,2
  group,id
  overdue,OIG-21-19#1
  due-soon,OIG-21-19#2
  awaiting-decision,OIG-21-19#3
$ rectrack --config c.yaml digest --out again/ --official cbp-commissioner --include-staff
  cbp-ofo: 3 recommendations to ofo-audits@cbp.example.gov, cc records@oig.example.gov, dhs-liaison@dhs.example.gov, commissioner@cbp.example.gov: again/cbp-ofo.eml
$ rectrack list --include-staff
! rectrack: --include-staff goes with --official CODE (whose staff to include)
[2]
$ rectrack list --official cbp-comissioner
! rectrack: cbp-comissioner: no such official (add it with 'rectrack official add'); did you mean "cbp-commissioner"?
[1]

--sendmail hands each message to the configured program as
`PROGRAM -t -i`; a stub records what it received.

$ cat > stub-sendmail <<'EOF'
> #!/bin/sh
> n=$(ls sent 2>/dev/null | wc -l)
> mkdir -p sent
> echo "$@" > sent/args.$n
> cat > sent/msg.$n
> EOF
$ chmod +x stub-sendmail
$ rectrack --config c.yaml digest --sendmail --official cbp-ofo
  cbp-ofo: 3 recommendations to ofo-audits@cbp.example.gov, cc records@oig.example.gov, dhs-liaison@dhs.example.gov, commissioner@cbp.example.gov: sent
$ cat sent/args.0
  -t -i
$ cmp sent/msg.0 out/cbp-ofo.eml && echo "the message sent is the file"
  the message sent is the file

A sendmail that fails for one message: the others still go, and the end
says which did not.

$ cat > stub-sendmail <<'EOF'
> #!/bin/sh
> cat > msg
> if grep -q '^To: .*commissioner' msg; then exit 75; fi
> EOF
$ rectrack official set cbp-commissioner email=commissioner@cbp.example.gov >/dev/null
$ rectrack rec add OIG-21-19 --concurrence concur --status open-resolved --target 2026-12-02 --official cbp-commissioner --text "Due next week." >/dev/null
$ rectrack --config c.yaml digest --sendmail
  cbp-ofo: 3 recommendations to ofo-audits@cbp.example.gov, cc records@oig.example.gov, dhs-liaison@dhs.example.gov, commissioner@cbp.example.gov: sent
  1 recommendation of the queue has no official: in no digest (rectrack due lists them)
! rectrack: digest for cbp-commissioner not sent: ./stub-sendmail exited with status 75
! rectrack: official fema-cfo has 1 recommendation to follow up but no e-mail address: no digest (official set fema-cfo email=ADDRESS)
! rectrack: digests: 1 sent, 1 failed; 1 official without an e-mail address
[1]
$ printf 'follow_up:\n  from: a@oig.example.gov\n  sendmail: ./no-such-program\n' > missing.yaml
$ rectrack --config missing.yaml digest --sendmail --official cbp-ofo
! rectrack: digest for cbp-ofo not sent: cannot run ./no-such-program: No such file or directory
! rectrack: digests: 0 sent, 1 failed; 0 officials without an e-mail address
[1]

When the official reported to has no address, the digest still goes,
without them; that is said, and counted in the exit status:

$ rectrack official set cbp-commissioner email= >/dev/null
$ rectrack --config c.yaml digest --out again --official cbp-ofo
  cbp-ofo: 3 recommendations to ofo-audits@cbp.example.gov, cc records@oig.example.gov, dhs-liaison@dhs.example.gov: again/cbp-ofo.eml
! rectrack: official cbp-commissioner is not copied on the digest for cbp-ofo (overdue by more than 30 days): no e-mail address (official set cbp-commissioner email=ADDRESS)
! rectrack: digests: 1 written, 0 failed; 1 official without an e-mail address
[1]
$ python3 read.py again/cbp-ofo.eml | grep -e '^Cc' -e 'Copied'
  Cc: records@oig.example.gov, dhs-liaison@dhs.example.gov

Addresses are copied once, whatever their case:

$ printf 'follow_up:\n  from: a@oig.example.gov\n  cc: [OFO-Audits@CBP.example.gov, Records@oig.example.gov, records@OIG.example.gov]\n' > case.yaml
$ rectrack --config case.yaml digest --out again --official cbp-ofo 2>/dev/null
  cbp-ofo: 3 recommendations to ofo-audits@cbp.example.gov, cc Records@oig.example.gov: again/cbp-ofo.eml
[1]

Refused before anything is read or sent:

$ rectrack digest --out out
! rectrack: the digests need a sender: set follow_up.from in the configuration (rectrack(1): FILES)
[1]
$ rectrack --config c.yaml digest
! rectrack: digest: say where the digests go: --out DIR or --sendmail (one of them)
! usage: rectrack digest --out DIR|--sendmail [--within DAYS] [--official CODE]...
!                        [--include-staff] [--as-of DATE]
! See 'rectrack help digest' for the options and examples.
[2]
$ rectrack --config c.yaml digest --out out --sendmail
! rectrack: digest: say where the digests go: --out DIR or --sendmail (one of them)
! usage: rectrack digest --out DIR|--sendmail [--within DAYS] [--official CODE]...
!                        [--include-staff] [--as-of DATE]
! See 'rectrack help digest' for the options and examples.
[2]
$ rectrack --config c.yaml digest --out no-such-folder
! rectrack: no-such-folder: No such file or directory (--out names an existing folder)
[1]
$ rectrack --config c.yaml digest --out c.yaml
! rectrack: c.yaml: not a folder (--out names the folder the messages go to)
[1]
$ rectrack --config c.yaml digest --out out --within 0
! rectrack: --within: "0" is not a number of days (1 to 3650)
[1]
$ rectrack --config c.yaml digest --out out --official cbp-of
! rectrack: cbp-of: no such official (add it with 'rectrack official add'); did you mean "cbp-ofo"?
[1]
$ printf 'follow_up:\n  from: a@oig.example.gov\n  agency_cc: [{agency: ICE, email: ice@ice.example.gov}]\n' > ice.yaml
$ rectrack --config ice.yaml digest --out out
! rectrack: ice.yaml: follow_up.agency_cc: no agency "ICE"
[1]
