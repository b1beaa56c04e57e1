# Complete a command line as bash would: load the script
# 'rectrack completion bash' prints, set COMP_WORDS to the words given
# (the last is the one at the cursor), call the completion function and
# print COMPREPLY, one a line, sorted.
#
#   bash --norc tests/help/comp.bash rectrack sta
. <(rectrack completion bash) || exit 1
COMP_WORDS=("$@")
COMP_CWORD=$(( $# - 1 ))
COMPREPLY=()
_rectrack
[ ${#COMPREPLY[@]} = 0 ] || printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort
