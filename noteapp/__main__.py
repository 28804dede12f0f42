from noteapp.cli import main

raise SystemExit(main())
