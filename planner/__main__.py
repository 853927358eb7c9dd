from planner.cli.main import main

if __name__ == "__main__":  # not when a child process (the planner) imports this module
    raise SystemExit(main())
