"""Template context every page gets from the regions app."""

from .progress import Verdict

# The verdict values by name, for templates to compare against
# ({% if v == VERDICT.BEHIND %}) instead of spelling the values out.
VERDICT = {verdict.name: verdict for verdict in Verdict}


def verdicts(request) -> dict:
    return {"VERDICT": VERDICT}
