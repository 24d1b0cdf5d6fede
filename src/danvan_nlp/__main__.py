"""``python -m danvan_nlp`` — the same as the ``danvan-nlp`` command."""

from danvan_nlp.cli import main

raise SystemExit(main())
