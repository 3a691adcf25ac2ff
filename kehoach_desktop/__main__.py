import sys

from kehoach_desktop.cli import main

sys.exit(main())
