# Complete a command line as zsh would, without its completion system:
# compadd and _files stand in, printing the values offered, one a line.
#
#   zsh -f tests/help/comp.zsh rectrack report show G
compadd() { local a; shift; for a in ${(P)1}; do print -r -- "$a"; done }
_files() { print -r -- '(files)' }
words=("$@"); CURRENT=$#; PREFIX=${words[CURRENT]}
eval "$(rectrack completion zsh)"
