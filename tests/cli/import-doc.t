The complete example of docs/import-format.md (its one ```yaml block)
imports without error into an empty database, uses every key of the
format, and reads back from its own export with nothing to change.

$ grep -c '^```yaml$' $SRCDIR/docs/import-format.md
  1
$ awk '/^```yaml$/ { f = 1; next } /^```$/ { if (f) exit } f' $SRCDIR/docs/import-format.md > example.yaml
$ for k in version issuers agencies reports code name kind parent number title issuer type issued fiscal_year agency topics url summary sensitivity recommendations text official corrective_action concurrence status target_date original_target_date resolved_date closed_date priority significant on_hold closure_requested partially_addressed questioned_cost unsupported_cost funds_better_use potential_savings disallowed_cost fbu_agreed history effective field old new note actor at; do grep -Eq "(^|[ {,])$k:" example.yaml || echo "missing key $k"; done
$ for v in issued status concurrence target flag field note imported; do grep -q "kind: $v[,}]" example.yaml || echo "missing history kind $v"; done
$ rectrack init >/dev/null
$ rectrack import example.yaml
  reports: 2 new, 0 changed, 0 unchanged
  recommendations: 5 new, 0 changed, 0 unchanged
  events: 31
  issuers: 2 new, 0 changed; agencies: 3 new, 0 changed
  officials: 3 new, 0 changed
  recorded as change 1
$ rectrack check >/dev/null && echo checked
  checked
$ rectrack list --format csv | cut -d, -f1,10,11,12,14,15
  id,concurrence,status,target_date,resolved_date,closed_date
  OIG-EX-21#1,concur,closed-implemented,2023-09-30,2022-08-08,2023-11-14
  OIG-EX-21#2,concur,open-pending,,,
  GAO-EX-101#1,concur,open-resolved,2024-12-31,2023-06-12,
  GAO-EX-101#2,partial,open-unresolved,,,
  GAO-EX-101#3,non-concur,closed-not-implemented,,,2024-05-01

The same file again writes nothing.

$ rectrack import example.yaml
  reports: 0 new, 0 changed, 2 unchanged
  recommendations: 0 new, 0 changed, 5 unchanged
  events: 0
$ rectrack check >/dev/null && echo checked
  checked

Export, re-import into the same database: no event.  Into an empty
one: the same bytes come out again.

$ rectrack export > export.yaml
$ rectrack import export.yaml
  reports: 0 new, 0 changed, 2 unchanged
  recommendations: 0 new, 0 changed, 5 unchanged
  events: 0
$ rectrack check >/dev/null && echo checked
  checked
$ rectrack --db copy.db init >/dev/null
$ rectrack --db copy.db import export.yaml | grep events
  events: 31
$ rectrack --db copy.db check >/dev/null && echo checked
  checked
$ rectrack --db copy.db export | cmp - export.yaml && echo "same bytes"
  same bytes
