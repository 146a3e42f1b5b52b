"""Rules of the fourteenth session, found on held-out sets (29, and 66 to 68, scored once before
any rule looked at them). The texts here are made up for the tests."""

from __future__ import annotations

from tests.test_rules_session11 import speakers


def test_as_before_a_speaker_after_a_transcript_label_is_no_part_of_the_name() -> None:
    body = (
        "Pentagon Briefing on the Attacks\n\nQ: Will there be a response?\n\n"
        'MR. LARKIN: As Secretary Dunmore said on Sunday, "we will act when we choose" and not before.'
    )
    assert speakers(body) == [("we will act when we choose", "Secretary Dunmore")]
