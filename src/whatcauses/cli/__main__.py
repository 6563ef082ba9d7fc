"""``python -m whatcauses.cli``: the same as the ``whatcauses`` command."""

from whatcauses.cli import main

main()
