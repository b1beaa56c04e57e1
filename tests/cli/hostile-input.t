Hostile input: files made to hurt the reader (alias bombs, deep nesting,
a huge value, bytes that are not text, files that are not YAML, a report
with very many recommendations).  Each is refused quickly with
FILE:LINE:COLUMN and what is wrong, in bounded memory, and the database
stays byte for byte as it was.  The same files given as the
configuration (--config) are refused the same way.  The limits are in
docs/import-format.md ("Limits").

$ rectrack init >/dev/null
$ rectrack import $SRCDIR/config/examples/port-of-entry.yaml >/dev/null
$ cp rectrack.db before.db

An alias bomb ("billion laughs"): ten levels of anchors, each aliasing
the one before nine times, would expand to a billion entries.  Anchors
are refused at the first one, so nothing is expanded.

$ python3 -c "
> print('issuers:')
> print('  - &l0 {code: lol, name: lol}')
> for i in range(1, 10):
>     print('  - &l%d [%s]' % (i, ', '.join(['*l%d' % (i - 1)] * 9)))
> " > bomb.yaml
$ timeout 10 rectrack import bomb.yaml
! rectrack: bomb.yaml:2:5: issuers[0]: found an anchor (&l0); anchors are not allowed
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

The classic form, with keys of its own, and aliases with no anchor:

$ python3 -c "
> print('a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]')
> for i in range(1, 10):
>     print('%s: &%s [%s]' % (chr(97 + i), chr(97 + i), ', '.join(['*' + chr(96 + i)] * 9)))
> " > laughs.yaml
$ timeout 10 rectrack import laughs.yaml
! rectrack: laughs.yaml:1:1: a: unknown key (expected one of version, issuers, agencies, officials, reports, events)
[1]
$ printf 'version: *v\n' > alias.yaml
$ timeout 10 rectrack import alias.yaml
! rectrack: alias.yaml:1:10: version: found an alias (*v); aliases are not allowed
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Deep nesting: 100,000 '[' or '{', as the document and as a value, and
100,000 nested mappings.  The format is at most seven levels deep, so
the first level it does not expect is refused; nothing recurses.

$ python3 -c "print('[' * 100000)" > brackets.yaml
$ timeout 10 rectrack import brackets.yaml
! rectrack: brackets.yaml:1:1: expected a mapping with the keys version, issuers, agencies, officials, reports, events, found a list
[1]
$ python3 -c "print('{' * 100000)" > braces.yaml
$ timeout 10 rectrack import braces.yaml
! rectrack: braces.yaml:1:2: expected a key, found a mapping
[1]
$ python3 -c "print('reports: [{number: X-1, title: ' + '[' * 100000)" > value.yaml
$ timeout 10 rectrack import value.yaml
! rectrack: value.yaml:1:32: reports[0].title: expected a single value, found a list
[1]
$ python3 -c "print('reports:\n  - number: X-1\n    title: ' + '{a: ' * 100000 + '1' + '}' * 100000)" > mappings.yaml
$ timeout 10 rectrack import mappings.yaml
! rectrack: mappings.yaml:3:12: reports[0].title: expected a single value, found a mapping
[1]
$ python3 -c "
> print('reports:')
> print('  - recommendations:')
> for i in range(2000):
>     print('  ' * (i + 3) + 'a:')
> " > block.yaml
$ timeout 10 rectrack import block.yaml
! rectrack: block.yaml:3:7: reports[0].recommendations: expected a list of recommendations, found a mapping
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

A 100 MB value, and a 100 MB comment: a value may take up to 1 MiB
(1,048,576 bytes); reading stops about 1 MiB past the last complete
value, so memory stays small whatever the size of the file.

$ { printf 'reports:\n  - number: X-1\n    title: '; head -c 100000000 /dev/zero | tr '\0' a; echo; } > big.yaml
$ timeout 20 rectrack import big.yaml
! rectrack: big.yaml:3:10: reports[0].title: more than 1 MiB without a complete value (a value, or a comment, may take up to 1 MiB: 1048576 bytes)
[1]
$ { printf 'version: 1\n# '; head -c 100000000 /dev/zero | tr '\0' a; echo; } > comment.yaml
$ timeout 20 rectrack import comment.yaml
! rectrack: comment.yaml:1:11: more than 1 MiB without a complete value (a value, or a comment, may take up to 1 MiB: 1048576 bytes)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Right at the limit: 1,048,576 bytes is a value, one more is not.

$ python3 -c "print('reports:\n  - {number: X-1, title: \"' + 'a' * 1048576 + '\", issuer: gao, agency: DHS, issued: 2021-01-04}')" > limit.yaml
$ rectrack import --dry-run --create-missing limit.yaml | head -2
  dry run: nothing was written; the import would give
  reports: 1 new, 0 changed, 0 unchanged
$ python3 -c "print('reports:\n  - {number: X-1, title: \"' + 'a' * 1048577 + '\", issuer: gao, agency: DHS, issued: 2021-01-04}')" > over.yaml
$ rectrack import over.yaml
! rectrack: over.yaml:2:26: reports[0].title: a value of 1048577 bytes; a value may take up to 1 MiB (1048576 bytes)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

NUL bytes and invalid UTF-8: the line and column of the bad character,
then its byte offset.  A NUL written as the escape "\0" is refused too.

$ printf 'reports:\n  - number: X-1\n    title: a\000b\n' > nul.yaml
$ rectrack import nul.yaml
! rectrack: nul.yaml:3:13: byte 38: control characters are not allowed (0x00)
[1]
$ printf 'reports:\n  - number: X-1\n    title: "a\\0b"\n' > nul-escape.yaml
$ rectrack import nul-escape.yaml
! rectrack: nul-escape.yaml:3:12: reports[0].title: found a NUL character; NUL characters are not allowed
[1]
$ printf 'reports:\n  - number: X-1\n    title: caf\351 cr\350me\n' > latin1.yaml
$ rectrack import latin1.yaml
! rectrack: latin1.yaml:3:15: byte 41: invalid trailing UTF-8 octet (0x20)
[1]
$ printf 'version: 1\n# a lone continuation byte: \200\n' > lone.yaml
$ rectrack import lone.yaml
! rectrack: lone.yaml:2:29: byte 40: invalid leading UTF-8 octet (0x80)
[1]
$ printf 'version: 1\nreports: [] # overlong: \300\200\n' > overlong.yaml
$ rectrack import overlong.yaml
! rectrack: overlong.yaml:2:25: byte 36: invalid length of a UTF-8 sequence
[1]
$ printf 'version: 1\n# surrogate: \355\240\200\n' > surrogate.yaml
$ rectrack import surrogate.yaml
! rectrack: surrogate.yaml:2:14: byte 25: invalid Unicode character (0xD800)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

Files that are not YAML at all: a PNG image, a gzip file, a CSV file,
an arbitrary JSON file.  (An empty file is a valid, empty import; a
JSON file in the import format is YAML and imports.)

$ printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001' > image.png
$ rectrack import image.png
! rectrack: image.png:1:1: byte 1: invalid leading UTF-8 octet (0x89)
[1]
$ printf '\037\213\010\000\000\000\000\000\000\003' > data.gz
$ rectrack import data.gz
! rectrack: data.gz:1:1: byte 1: control characters are not allowed (0x1F)
[1]
$ printf 'number,title,issued\nX-1,A report,2021-01-04\n' > reports.csv
$ rectrack import reports.csv
! rectrack: reports.csv:1:1: expected a mapping with the keys version, issuers, agencies, officials, reports, events, found "number,title,issued X-1,A report,2021-01-04"
[1]
$ printf '{"name": "rectrack", "dependencies": {"libyaml": "0.2.5"}}\n' > package.json
$ rectrack import package.json
! rectrack: package.json:1:2: name: unknown key (expected one of version, issuers, agencies, officials, reports, events)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ : > empty.yaml
$ rectrack import empty.yaml
  reports: 0 new, 0 changed, 0 unchanged
  recommendations: 0 new, 0 changed, 0 unchanged
  events: 0
$ cmp rectrack.db before.db && echo unchanged
  unchanged
$ printf '{"reports": [{"number": "X-1", "title": "A report", "issuer": "gao", "agency": "DHS", "issued": "2021-01-04"}]}\n' > export.json
$ rectrack import --dry-run --create-missing export.json | head -2
  dry run: nothing was written; the import would give
  reports: 1 new, 0 changed, 0 unchanged

A report with 200,000 recommendations, the last one numbered as the
first: each number is checked against the others in constant time (a
hash set), so the whole file is read and the duplicate found in well
under a second (without sanitizers).

$ python3 -c "
> import sys
> w = sys.stdout.write
> w('reports:\n  - number: X-1\n    title: Many\n    issuer: gao\n    agency: DHS\n    issued: 2021-01-04\n    recommendations:\n')
> for i in range(200000):
>     w('      - {number: \"%d\", text: Recommendation %d}\n' % (i + 1, i + 1))
> w('      - {number: \"1\", text: Again}\n')
> " > many.yaml
$ timeout 60 rectrack import many.yaml
! rectrack: many.yaml:200008:18: reports[0].recommendations[200000].number: recommendation "1" appears twice in this report (first on line 8)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged

The same files as the configuration: refused with the place and the
reason, before any command runs.

$ printf 'database: &d x.db\nactor: *d\n' > anchor-config.yaml
$ rectrack --config anchor-config.yaml list
! rectrack: anchor-config.yaml:1:11: database: anchors are not allowed
[1]
$ rectrack --config brackets.yaml list
! rectrack: brackets.yaml:1:1: must be a mapping with the keys database, actor, fiscal_year_start_month, resolution_deadline_days, aging_buckets_days, require, vocabulary, follow_up, evidence, csv, oscal
[1]
$ python3 -c "print('require: {resolve: ' + '[' * 100000)" > deep-config.yaml
$ rectrack --config deep-config.yaml list
! rectrack: deep-config.yaml:1:21: require.resolve: must be a single value, not a list
[1]
$ { printf 'actor: '; head -c 100000000 /dev/zero | tr '\0' a; echo; } > big-config.yaml
$ timeout 20 rectrack --config big-config.yaml list
! rectrack: big-config.yaml:1:6: actor: more than 1 MiB without a complete value (a value, or a comment, may take up to 1 MiB: 1048576 bytes)
[1]
$ printf 'actor: a\000b\n' > nul-config.yaml
$ rectrack --config nul-config.yaml list
! rectrack: nul-config.yaml:1:9: byte 9: control characters are not allowed (0x00)
[1]
$ printf 'actor: caf\351\n' > latin1-config.yaml
$ rectrack --config latin1-config.yaml list
! rectrack: latin1-config.yaml:1:11: byte 11: incomplete UTF-8 octet sequence
[1]
$ rectrack --config image.png list
! rectrack: image.png:1:1: byte 1: invalid leading UTF-8 octet (0x89)
[1]
$ rectrack --config reports.csv list
! rectrack: reports.csv:1:1: must be a mapping with the keys database, actor, fiscal_year_start_month, resolution_deadline_days, aging_buckets_days, require, vocabulary, follow_up, evidence, csv, oscal
[1]
$ rectrack --config package.json list
! rectrack: package.json:1:2: name: unknown key (expected one of database, actor, fiscal_year_start_month, resolution_deadline_days, aging_buckets_days, require, vocabulary, follow_up, evidence, csv, oscal)
[1]
$ cmp rectrack.db before.db && echo unchanged
  unchanged
