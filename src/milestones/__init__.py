"""milestones: the quarterly planner for a district's annual development plan."""


def __getattr__(name: str):
    # Looked up on first use: importlib.metadata costs more than the rest of a
    # command-line start-up, and most commands never print the version.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("milestones")
        except PackageNotFoundError:  # running from a source tree that is not installed
            value = "0.0.0+source"
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
