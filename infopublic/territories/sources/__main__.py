"""``python -m infopublic.territories.sources 71 --decoupage-dir /tmp/decoupage``"""

from .build import main

raise SystemExit(main())
