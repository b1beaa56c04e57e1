# One writer of the reliability tests: runs the commands of a list made
# by gen_commands (common.sh), one rectrack process each, and logs them.
#
#   sh writer.sh BIN DB COMMANDS LOG
#
# LOG gets "start", then for every command "begin TAG VERB NRECS" before
# it runs and "end TAG EXIT CHANGES" after (CHANGES: the lines of its
# output that report a change, i.e. not "already …"), then "done".
# Standard error of the commands goes to LOG.err.
bin=$1
db=$2
cmds=$3
log=$4
echo start >> "$log"
while read -r tag verb value ids; do
	# shellcheck disable=SC2086 # the ids are words
	set -- $ids
	echo "begin $tag $verb $#" >> "$log"
	if [ "$verb" = note ]; then
		out=$("$bin" --db "$db" note "$@" "$tag" 2>> "$log.err")
	else
		out=$("$bin" --db "$db" "$verb" "$@" "$value" --note "$tag" \
		    2>> "$log.err")
	fi
	rc=$?
	changes=$(printf '%s\n' "$out" | grep -c -v -e 'already' -e '^$' -e '^recorded as change ')
	echo "end $tag $rc $changes" >> "$log"
done < "$cmds"
echo "done" >> "$log"
