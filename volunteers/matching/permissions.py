"""Who may do what in matching: Django permission names, in one place (the groups
that hold them are in cms/roles.py)."""

RUN_MATCHING = "matching.run_matching"
APPROVE_MATCH = "matching.add_match"
DECIDE_SUGGESTION = "matching.change_matchsuggestion"
# Coordinators move matches through their lifecycle; a volunteer moves only her own
# match, which the lifecycle checks by ownership, not by a model permission.
MOVE_MATCH = "matching.change_match"
