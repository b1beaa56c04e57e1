#!/bin/sh
# The zsh and fish completion scripts: each parses (zsh -n, fish -n), and
# fish completes a command, recommendation ids from the example data and
# --format's values.  A shell that is not installed is skipped, and said
# so.
#
#   sh tests/help/shells.sh path/to/rectrack
set -u
bin=$1
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
srcdir=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/rectrack-shells.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin" && ln -s "$bin" "$work/bin/rectrack"
PATH=$work/bin:$PATH RECTRACK_NOW=2026-11-28T12:00:00Z
export PATH RECTRACK_NOW
unset RECTRACK_DB RECTRACK_CONFIG || :
cd "$work" || exit 1
rectrack init > /dev/null &&
    rectrack import --quiet "$srcdir/config/examples/port-of-entry.yaml" \
    > /dev/null || exit 1
# report numbers with a blank, a quote and a glob character, and files
# the glob would match: the values come whole, once each, no file
for n in 'G x' "G'q" 'G*'; do
	rectrack report add "$n" --title t --issued 2022-01-01 --agency CBP \
	    > /dev/null || exit 1
done
touch Gfoo Gbar
mkdir sub
fail=0
if command -v zsh > /dev/null 2>&1; then
	rectrack completion zsh > _rectrack &&
	    zsh -n _rectrack || { echo "shells: zsh: the script does not parse" >&2; fail=1; }
	got=$(zsh -f "$srcdir/tests/help/comp.zsh" rectrack report show G |
	    LC_ALL=C sort | tr '\n' ' ')
	got=$got$(cd sub && zsh -f "$srcdir/tests/help/comp.zsh" rectrack \
	    --db=../rectrack.db show OIG-21-4 | tr '\n' ' ')
	want="G x G'q G* OIG-21-48#1 OIG-21-48#2 OIG-21-48#3 "
	if [ "$got" != "$want" ]; then
		echo "shells: zsh completes: $got" >&2
		echo "shells: expected:      $want" >&2
		fail=1
	fi
else
	echo "shells: zsh is not installed: its script is not checked"
fi
if command -v fish > /dev/null 2>&1; then
	rectrack completion fish > rectrack.fish &&
	    fish -n rectrack.fish || { echo "shells: fish: the script does not parse" >&2; fail=1; }
	got=$(fish -c 'source rectrack.fish
	    complete -C "rectrack sta"
	    complete -C "rectrack status OIG-21-1"
	    complete -C "rectrack list --format "
	    complete -C "rectrack report show G"
	    cd sub; complete -C "rectrack --db=../rectrack.db show OIG-21-4"' |
	    cut -f1 | tr '\n' ' ')
	want="status OIG-21-19#1 OIG-21-19#2 OIG-21-19#3 OIG-21-19#4 csv json md table xlsx "
	want="${want}G x G'q G* OIG-21-48#1 OIG-21-48#2 OIG-21-48#3 "
	if [ "$got" != "$want" ]; then
		echo "shells: fish completes: $got" >&2
		echo "shells: expected:       $want" >&2
		fail=1
	fi
else
	echo "shells: fish is not installed: its script is not checked"
fi
[ $fail = 0 ] && echo "shells: the scripts of the shells installed are fine"
exit $fail
