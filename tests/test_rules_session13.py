"""Rules of the thirteenth session, found on held-out sets (44, untouched since the tenth session,
and 62 to 65, scored once before any rule looked at them). The texts here are made up for the tests."""

from __future__ import annotations

from tests.test_rules_session11 import incidents, speakers


def test_a_bare_surname_two_people_share_is_the_one_introduced_first() -> None:
    body = (
        "Mara Lindqvist was at work when the phone rang. It was about her son, Spc. Tobias Lindqvist, 22, "
        'who serves at a desert outpost in Jordan.\n\n"They said he was awake and asking for me," Lindqvist '
        "said at her home on Tuesday.\n\nTobias Lindqvist was one of dozens wounded."
    )
    assert speakers(body) == [("They said he was awake and asking for me", "Mara Lindqvist")]


def test_a_bare_surname_is_not_the_relative_the_writer_quotes_by_full_name() -> None:
    body = (
        "Mara Lindqvist was at work when the phone rang. It was her son, Spc. Tobias Lindqvist, calling "
        'from a hospital in Germany.\n\n"He sounded tired," Mara Lindqvist said.\n\nIn a phone interview on '
        'Wednesday, Lindqvist said he was asleep when the drone hit.\n\n"Everybody was yelling names," he said.'
    )
    assert speakers(body) == [
        ("He sounded tired", "Mara Lindqvist"),
        ("Everybody was yelling names", "Tobias Lindqvist"),
    ]


def test_a_relative_named_in_full_is_whom_the_next_she_means() -> None:
    body = (
        "Hundreds stood outside City Hall for Spc. Dorian Vale, who was killed at Tower 22.\n\n"
        'The pastor said he had known Vale since he was a boy. "We are a small town," he said.\n\n'
        'Lena Vale, a cousin of the fallen soldier, held his photo. "I just want him back," she said.'
    )
    assert speakers(body)[-1] == ("I just want him back", "Lena Vale")


def test_an_author_date_citation_after_a_name_does_not_hide_the_speaker() -> None:
    body = (
        'As Morrow (2021, 41) puts it, "deterrence is a conversation in thresholds." Ibsen (2023, 112) calls '
        'the raid "the night the campaign became a crisis." "The tempo fell when costs became real," argues '
        "Quade (2024, 9)."
    )
    assert speakers(body) == [
        ("deterrence is a conversation in thresholds.", "Morrow"),
        ("the night the campaign became a crisis.", "Ibsen"),
        ("The tempo fell when costs became real", "Quade"),
    ]


def test_as_opening_a_sentence_is_not_part_of_the_name_after_it() -> None:
    body = 'As Morrow warned before the campaign began, "quiet is not the same as deterrence."'
    assert speakers(body) == [("quiet is not the same as deterrence.", "Morrow")]


def test_in_someones_words_after_a_quote_names_its_speaker() -> None:
    body = (
        'The Pentagon has said the response was "not a one-time thing," in Sabrina Singh\'s words, and '
        "analysts took it at face value."
    )
    assert speakers(body) == [("not a one-time thing", "Sabrina Singh")]


def test_a_sentence_that_ends_inside_its_quotation_ends_there() -> None:
    body = 'As Morrow puts it, "deterrence is a conversation." Ibsen calls the raid "the night it became a crisis."'
    assert speakers(body)[-1] == ("the night it became a crisis.", "Ibsen")


def test_a_soldier_named_by_rank_and_first_name_is_named_so() -> None:
    body = (
        '"You train for it a thousand times," said Staff Sgt. Marisol, a fire control operator. His squad '
        'leader, Sgt. Maj. Teodor, cut in. "That\'s the point," Teodor said. "If you see it, something went wrong."'
    )
    assert speakers(body) == [
        ("You train for it a thousand times", "Staff Sgt. Marisol"),
        ("That's the point", "Sgt. Maj. Teodor"),
        ("If you see it, something went wrong.", "Sgt. Maj. Teodor"),
    ]


def test_a_rank_before_the_surname_of_someone_named_in_full_is_that_person() -> None:
    body = (
        "Sgt. William Okonjo, 46, was killed. Sgt. Okonjo had served for two decades. "
        '"He never complained," said Capt. Lena Varga, his commander.'
    )
    assert speakers(body) == [("He never complained", "Lena Varga")]
    names = [name for _, name in speakers(body + ' "All quiet here," Okonjo wrote in his last letter.')]
    assert names[-1] == "William Okonjo"


def test_a_person_described_then_named_is_that_name() -> None:
    body = (
        "One of the soldiers, a Peshmerga sergeant named Dilshad, laughed at me for crouching. "
        '"That\'s our second in three days," he said. A young specialist named Omar, who was near the '
        'flight line, said he ran for the bunker. "I looked up and there were streaks," he said.'
    )
    assert speakers(body) == [
        ("That's our second in three days", "Dilshad"),
        ("I looked up and there were streaks", "Omar"),
    ]


def test_a_rank_spelled_out_may_open_a_companys_name() -> None:
    assert speakers('"Orders are up," General Dynamics said. "We hold," Major Holdings said.') == [
        ("Orders are up", None),
        ("We hold", None),
    ]


def test_a_middle_initial_does_not_end_the_speakers_name() -> None:
    body = '"We will follow that money," Assistant Attorney General Matthew G. Olsen said in a statement.'
    assert speakers(body) == [("We will follow that money", "Matthew G. Olsen")]


def test_a_title_with_its_office_after_of_goes_with_the_name() -> None:
    body = (
        '"Iran has sought to exploit the sector," said Deputy Secretary of the Treasury Wally Adeyemo. '
        '"We act," said the Secretary of Defense. "We go," said Secretary of State Antony Blinken.'
    )
    assert speakers(body) == [
        ("Iran has sought to exploit the sector", "Wally Adeyemo"),
        ("We act", "the Secretary of Defense"),
        ("We go", "Antony Blinken"),
    ]


def test_a_source_identified_only_as_a_name_is_that_name() -> None:
    body = (
        '"The ground lifted under the bunker," one Army sergeant, identified in the record as Plaintiff R.M., '
        'stated. "I could not hear anything for a day," he continued.\n\nOne wounded soldier, identified only '
        'as Sgt. Luis, described the attack. "We heard the first impacts," he said.'
    )
    assert speakers(body) == [
        ("The ground lifted under the bunker", "Plaintiff R.M."),
        ("I could not hear anything for a day", "Plaintiff R.M."),
        ("We heard the first impacts", "Sgt. Luis"),
    ]


def test_the_sites_a_monitor_lists_are_not_attacked() -> None:
    body = (
        "SYRIA, Jan. 2, 2024 --\n\nA single rocket was fired at Mission Support Site Euphrates on Nov. 29 and "
        "missed; no one was hurt.\n\nThe Observatory, which tracks attacks on coalition positions in Hasakah, "
        "also lists the al-Shaddadi patrol base, Tal Baydar and the Conoco gas field among the sites it monitors."
    )
    assert [(base, day) for base, day, _, _ in incidents(body, "2024-01-02")] == [
        ("Mission Support Site Euphrates", "2023-11-29")
    ]


def test_a_monitor_that_tracks_attacks_may_still_report_one() -> None:
    body = (
        "SYRIA, Jan. 2, 2024 --\n\nThe Observatory, which tracks attacks on coalition positions, said a drone "
        "struck the Conoco gas field on Monday."
    )
    assert [(base, day) for base, day, _, _ in incidents(body, "2024-01-02")] == [
        ("Conoco gas field base", "2024-01-01")
    ]


def test_an_undated_attack_takes_the_one_day_the_scene_before_it_gave() -> None:
    body = (
        "BAGHDAD - The siren at the headquarters barks. I heard it for the first time at about 4:15 on Friday "
        "morning, lying on a cot.\n\nWe lay on the floor of a bunker for forty minutes. Nobody spoke.\n\n"
        "A US official said "
        "about seven mortar rounds had landed inside the US Embassy compound."
    )
    assert [(base, day) for base, day, _, _ in incidents(body, "2023-12-09")] == [("US Embassy Baghdad", "2023-12-08")]


def test_a_datelines_day_before_an_unbracketed_agency_or_a_hyphen_is_the_filing_day() -> None:
    kyodo = (
        "BAGHDAD, Jan. 21 Kyodo - Militants fired ballistic missiles at Ain al-Asad air base, which hosts U.S. "
        "troops, on Saturday evening, the U.S. military said."
    )
    assert [(base, day) for base, day, _, _ in incidents(kyodo, "2024-01-21")] == [
        ("Ain al-Asad Air Base", "2024-01-20")
    ]
    plain = "BAGHDAD, Dec 8 - Rockets struck near the U.S. Embassy on Thursday night, officials said."
    assert [(base, day) for base, day, _, _ in incidents(plain, "2023-12-08")] == [("US Embassy Baghdad", "2023-12-07")]


def test_a_headings_day_before_a_place_in_capitals_dates_the_item_under_it() -> None:
    body = (
        "WEEK IN REVIEW\n\nFRIDAY, NOV. 17 - AIN AL-ASAD, IRAQ\n\nThe Islamic Resistance in Iraq said it had "
        "launched two drones at Ain al-Asad air base."
    )
    assert [(base, day) for base, day, _, _ in incidents(body, "2023-11-24")] == [
        ("Ain al-Asad Air Base", "2023-11-17")
    ]


def test_each_item_of_a_list_whose_lines_end_in_a_stop_is_its_own_sentence() -> None:
    body = (
        "Timeline\n\n- October 17, 2023: the campaign opens with drone attacks on Ain al-Asad and Harir air "
        "bases in Iraq.\n- October 23, 2023: two drones are brought down near al-Tanf garrison in Syria."
    )
    assert [(base, day) for base, day, _, _ in incidents(body, "2024-04-10")] == [
        ("Ain al-Asad Air Base", "2023-10-17"),
        ("Harir Air Base", "2023-10-17"),
        ("Al-Tanf Garrison", "2023-10-23"),
    ]


def test_may_after_a_number_in_lower_case_is_the_verb_not_the_month() -> None:
    body = (
        "A drone struck Tower 22 on 28 January 2024, killing three soldiers.\n\nThe lethality of Tower 22 may "
        "owe more to the site than to intent: the drone hit when defences were thin."
    )
    assert [(base, day) for base, day, _, _ in incidents(body, "2024-03-18")] == [("Tower 22", "2024-01-28")]


def test_what_would_have_happened_elsewhere_is_no_attack_there() -> None:
    body = (
        "A drone struck Tower 22 on 28 January 2024, killing three soldiers.\n\nDrones that would have been "
        "intercepted at a larger installation such as Muwaffaq Salti Air Base met thinner defences at a remote outpost."
    )
    found = incidents(body, "2024-03-18")
    assert [(base, day) for base, day, _, _ in found] == [("Tower 22", "2024-01-28")]


def test_where_it_was_said_between_a_speaker_and_the_verb_is_an_aside() -> None:
    body = (
        'A Kataib Hezbollah spokesman, in a statement posted online, warned that the group would "raise the '
        'level" of its operations. The US Embassy, in a statement, urged the government to protect facilities '
        'and said the United States would "keep every option open."'
    )
    assert speakers(body) == [
        ("raise the level", "a Kataib Hezbollah spokesman"),
        ("keep every option open.", "US Embassy"),
    ]


def test_a_whisper_is_said() -> None:
    body = 'A staff sergeant named Luis kept a count. "Five, six," he whispered at one point. "Maybe seven."'
    assert speakers(body) == [("Five, six", "Luis"), ("Maybe seven.", "Luis")]


def test_statements_carried_by_an_outlet_are_the_claimants_not_the_outlets() -> None:
    body = (
        "The Islamic Resistance in Iraq claimed both attacks on Monday, in statements carried by the Lebanese "
        'broadcaster Al Mayadeen, saying it had sent drones against "the occupation base in Kharab al-Jir."'
    )
    assert speakers(body) == [("the occupation base in Kharab al-Jir.", "Islamic Resistance in Iraq")]


def test_a_coalition_of_factions_is_the_armed_group_named_before() -> None:
    body = (
        "The Islamic Resistance in Iraq claimed the attack. The same coalition of Iran-backed Iraqi armed factions "
        'said in a statement that its fighters had targeted "the American occupation base at al-Tanf" on Monday.'
    )
    assert speakers(body) == [("the American occupation base at al-Tanf", "Islamic Resistance in Iraq")]


def test_a_party_a_filing_defines_in_capitals_speaks_by_that_name() -> None:
    body = (
        'The OCE asked how the TARGET SUBJECT intended to help. The TARGET SUBJECT replied: "Money first. Then parts."'
    )
    assert speakers(body) == [("Money first. Then parts.", "The TARGET SUBJECT")]


def test_a_persons_statement_speaks_for_the_person() -> None:
    body = 'President Biden\'s written statement set the tone for the weekend: "We started responding today."'
    assert speakers(body) == [("We started responding today.", "President Biden")]


def test_a_source_the_reporter_spoke_to_is_the_source() -> None:
    body = 'An Iraqi government adviser I spoke to yesterday warned of a "cycle" that Baghdad cannot control.'
    assert speakers(body) == [("cycle", "an Iraqi government adviser")]


def test_a_participles_aside_between_speaker_and_verb_is_an_aside() -> None:
    body = (
        "Defense Secretary Lloyd Austin, hosting the NATO secretary general here this morning, said the president "
        '"will not tolerate attacks on American troops."'
    )
    assert speakers(body) == [("will not tolerate attacks on American troops.", "Lloyd Austin")]


def test_a_participles_clause_before_another_subject_is_no_aside() -> None:
    body = (
        "Biden ordered strikes on three sites in Iraq, drawing a sharp protest from Sudani's office, which called "
        'them "a clear hostile act."'
    )
    assert speakers(body) == [("a clear hostile act.", "Sudani's office")]


def test_an_outlets_own_voice_is_named_as_the_text_names_it() -> None:
    body = (
        'Al Mayadeen\'s own correspondent described the base as "the largest American base in Syria". '
        "Al-Quds Al-Arabi's editorial called the cycle \"an open-ended exchange\". Asharq Al-Awsat's Baghdad "
        'correspondent wrote that the government was "caught between two fires".'
    )
    assert speakers(body) == [
        ("the largest American base in Syria", "Al Mayadeen's own correspondent"),
        ("an open-ended exchange", "Al-Quds Al-Arabi"),
        ("caught between two fires", "Asharq Al-Awsat's Baghdad correspondent"),
    ]


def test_a_figure_in_the_group_is_in_the_group_named_before() -> None:
    body = (
        "Kataib Hezbollah has said American bases would be targeted. A senior figure in the group was quoted on "
        'a militia-run channel as saying that "the response will not be limited to one place".'
    )
    assert speakers(body) == [("the response will not be limited to one place", "a senior figure in Kataib Hezbollah")]


def test_a_place_the_gazetteer_lacks_takes_the_day_told_with_it() -> None:
    body = (
        "WAYCROSS, Ga. -- Hundreds stood outside City Hall here Wednesday night for a reservist who was one of "
        "three soldiers killed in a drone attack on a US outpost in Jordan on Sunday."
    )
    assert [(base, day) for base, day, _, _ in incidents(body, "2024-02-01")] == [(None, "2024-01-28")]


def test_a_place_the_gazetteer_lacks_is_the_base_the_story_then_names_for_it() -> None:
    body = (
        "TIFTON, Ga. -- Hundreds gathered in the rain outside the courthouse here Wednesday night, carrying "
        "candles for Dorian Vale, the 24-year-old reservist who was one of three soldiers killed in a drone attack "
        "on a US outpost in Jordan on Sunday.\n\nThe Rev. Amos Reed, who led the gathering, said he had known Vale "
        'since he was a boy. "This is a small town," Reed said. "We feel every loss."\n\nHe waited while the crowd '
        'read out the names of the three soldiers. "Dorian went to serve," he said, "and came home like this."\n\n'
        "Vale, Spc. Lena Ortiz, 23, of Macon, and Sgt. Owen Pike, 46, of Dalton, served in an Army Reserve engineer "
        "company based at Fort Moore. They were killed when a one-way attack drone hit their living quarters at "
        "Tower 22, a small base in Jordan near the Syrian border. More than 40 others were hurt, the Pentagon said."
    )
    assert [(base, day) for base, day, _, _ in incidents(body, "2024-02-01")] == [("Tower 22", "2024-01-28")]


def test_a_base_in_another_country_after_an_unlisted_place_is_another_attack() -> None:
    body = (
        "Three soldiers were killed in a drone attack on a US outpost in Jordan on Sunday.\n\n"
        "They were wounded when rockets struck Ain al-Asad air base in Iraq."
    )
    assert [base for base, _, _, _ in incidents(body, "2024-02-01")] == [None, "Ain al-Asad Air Base"]


def test_a_base_targeted_by_drones_since_a_month_is_background() -> None:
    body = (
        "WASHINGTON, Jan 29 (Reuters) - Attacks have risen sharply since Oct. 17, when drones targeted bases in "
        "Iraq.\n\nThe outpost supports the al-Tanf garrison just across the border in Syria, which has itself been "
        "targeted by drones since October."
    )
    assert [(base, day) for base, day, _, _ in incidents(body, "2024-01-29")] == []


def test_the_day_a_rocket_was_launched_at_a_base_is_its_day_not_the_day_of_the_attacks_it_preceded() -> None:
    body = (
        "Friday's attacks follow a rocket launched on Nov. 29 at Mission Support Site Euphrates in eastern Syria, "
        "which a U.S. official said missed the facility."
    )
    assert [(base, day) for base, day, _, _ in incidents(body, "2023-12-08")] == [
        ("Mission Support Site Euphrates", "2023-11-29")
    ]


def test_the_day_a_when_clause_tells_an_attack_on_is_that_attacks_day() -> None:
    body = (
        "ERBIL, Dec 26 (UPI) -- A drone hit the coalition base at Erbil International Airport early on Christmas "
        "Day.\n\nThe Christmas Day strike was the most serious since Nov. 20, when a close-range ballistic missile "
        "hit Ain al-Asad Air Base and left eight personnel with minor injuries."
    )
    assert [(base, day) for base, day, _, _ in incidents(body, "2023-12-26")] == [
        ("Erbil Air Base", "2023-12-25"),
        ("Ain al-Asad Air Base", "2023-11-20"),
    ]


def test_a_dateline_that_closes_the_agency_with_a_stop_is_still_a_dateline() -> None:
    body = (
        "DAMASCUS, Feb 5 (EFE).- A drone attack late on Sunday on a training academy inside the al-Omar oil field "
        "base, where US troops are also stationed, killed several fighters."
    )
    assert [(base, day) for base, day, _, _ in incidents(body, "2024-02-05")] == [
        ("Al-Omar oil field base (Green Village)", "2024-02-04")
    ]


def test_retaliation_said_to_be_no_attack_on_the_base_is_none() -> None:
    body = (
        "NOTEBOOK\n\nSunday, Nov. 12\n\nWord comes that US aircraft struck two sites in eastern Syria. These are "
        "retaliation, not attacks on the base, and nobody at Harir seems to think they will change anything."
    )
    assert incidents(body, "2023-11-14") == []


def test_the_review_of_this_sessions_rules_found_these_over_reaches() -> None:
    """Each of these was wrong after the rules above and before their mend."""
    assert speakers('An aide called Austin after the strike. "He was angry," the aide said.') == [
        ("He was angry", "an aide")
    ]
    assert (
        speakers('It was the worst since World War I. The colonel said, "We will respond."')[0][1] != "World War I. The"
    )
    assert speakers('Officials, who identified the group as Kataib Hezbollah, said the drone "came from Iraq."') == [
        ("came from Iraq.", "officials")
    ]
    # the name stops at the sentence's end: "Luis", never "Luis. The Army"
    assert speakers('One soldier was identified only as Luis. The Army said little.\n\n"We ran," he said.')[0][1] in (
        "Luis",
        "one soldier",
    )
    assert speakers('Kataib Hezbollah spoke. A member of the group said "we go."') == [
        ("we go.", "a member of Kataib Hezbollah")
    ]
    body = "WEEK\n\nFRIDAY, NOV. 17 - Drones struck Ain al-Asad air base."
    assert [(base, day) for base, day, _, _ in incidents(body, "2023-11-24")] == [
        ("Ain al-Asad Air Base", "2023-11-17")
    ]
    body = "A drone that would have been stopped elsewhere struck Tower 22 on Monday."
    assert [(base, day) for base, day, _, _ in incidents(body, "2024-02-01")] == [("Tower 22", "2024-01-29")]


def test_a_kunya_named_in_the_paragraph_is_whom_he_means() -> None:
    body = (
        "Abu Haidar al-Sa'edi speaks for the group.\n\nNot every attack was his to claim. When rounds landed in "
        "the embassy compound on 8 December, a US official spoke of mortar rounds. Abu Haidar went further than "
        'silence. "We are not responsible for what happened in the Green Zone," he said.'
    )
    assert speakers(body) == [("We are not responsible for what happened in the Green Zone", "Abu Haidar al-Sa'edi")]


def test_more_recently_brings_a_retrospective_back_to_the_present_year() -> None:
    body = (
        "The pattern predates the Gaza war. A year ago, on 24 November 2022, two rockets struck near the "
        "al-Shaddadi patrol base. More recently, on 29 November, a single rocket was launched at Mission Support "
        "Site Euphrates."
    )
    assert [(base, day) for base, day, _, _ in incidents(body, "2023-12-11")] == [
        ("Al-Shaddadi", "2022-11-24"),
        ("Mission Support Site Euphrates", "2023-11-29"),
    ]


def test_an_ordinal_day_after_a_month_and_year_is_in_that_month() -> None:
    body = "In April 2022, on the 7th, explosions tore through the Green Village compound inside the al-Omar oil field."
    assert [(base, day) for base, day, _, _ in incidents(body, "2024-02-06")] == [
        ("Al-Omar oil field base (Green Village)", "2022-04-07")
    ]


def test_a_sentences_opening_word_is_neither_a_name_nor_a_full_names_first_word() -> None:
    body = 'His squad leader, Staff Sgt. Ramon, interrupted him. Later Ramon said, "That is the point."'
    assert speakers(body) == [("That is the point.", "Staff Sgt. Ramon")]


def test_a_resident_described_then_given_one_name_is_that_name() -> None:
    body = (
        'Another resident, Fatima, said the camp was short of bread. "Now we have drones too," she said.\n\n'
        'A resident of Tal Tamr, Shiyar, described the quiet as temporary. "Every few days there is something," '
        "he said."
    )
    assert speakers(body) == [("Now we have drones too", "Fatima"), ("Every few days there is something", "Shiyar")]


def test_a_first_name_with_an_age_and_an_aside_after_it_speaks() -> None:
    body = '"We watched the fire," said Yasser, a 29-year-old from the village of Dhiban, across the river.'
    assert speakers(body) == [("We watched the fire", "Yasser")]


def test_the_government_of_a_country_is_named_with_its_country() -> None:
    body = 'The Government of Iraq condemned the strike as "a clear violation of sovereignty".'
    assert speakers(body) == [("a clear violation of sovereignty", "Government of Iraq")]


def test_a_bodys_own_office_speaks_by_its_name() -> None:
    body = (
        'In a statement, the SDF general command blamed "regime-backed mercenaries". The coalition\'s press office '
        'said it was "aware of reports".'
    )
    assert speakers(body) == [
        ("regime-backed mercenaries", "SDF general command"),
        ("aware of reports", "coalition's press office"),
    ]
