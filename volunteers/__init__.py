"""The people side: every app that holds personal data lives in this package.

- ``volunteers.volunteers``   sign-up, screening, eligibility, the volunteer's portal
- ``volunteers.participants`` the mothers' records, consents, ESF profiles, assessments,
  attendance and activities, the workers' caseloads
- ``volunteers.matching``     matching runs (``engine/`` is the pure algorithm), review and
  approval, the match lifecycle, follow-up and the meeting log
- ``volunteers.outbox``       outgoing messages and the task that sends them

Keeping them under one package gives export, erasure and retention one home.
"""
