"""What a channel may say when a hand-off does not succeed.

The delivery service decides what to do from the class alone:
- PermanentError: the provider refused this message (a 4xx); sending again will not help.
  The row fails and staff see the problem.
- TemporaryError: the message certainly did not leave (refused connection, 429, provider
  said "try later"); safe to send again after a back-off.
- AmbiguousError: the message may have left (a read timeout, a dropped connection, a 5xx
  after the request was sent); before sending again, look it up by reference.
"""

from __future__ import annotations


class SendError(Exception):
    """Base class. `problem` is plain English for staff; str(self) is the technical detail."""

    def __init__(self, detail: str, *, problem: str = "") -> None:
        super().__init__(detail)
        self.problem = problem or detail


class PermanentError(SendError):
    pass


class TemporaryError(SendError):
    pass


class AmbiguousError(SendError):
    pass
