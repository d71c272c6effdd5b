"""`python -m desktop` starts Gemini Desktop."""

from desktop.app import main

raise SystemExit(main())
