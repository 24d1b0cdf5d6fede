"""``python -m danvan_nlp`` — the same as the ``danvan-nlp`` command."""

from danvan_nlp.cli import main

if __name__ == "__main__":  # worker processes may re-import this module
    raise SystemExit(main())
