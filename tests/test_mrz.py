"""ICAO 9303 TD3 MRZ: the specimen, corrupted fields, empty optional data, round trips."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.mrz import check_digit, check_td3, compose_td3, parse_td3

LINE1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
SPECIMEN = LINE1 + "\n" + LINE2


def with_char(line: str, index: int, char: str) -> str:
    return line[:index] + char + line[index + 1:]


def test_specimen_is_valid_and_parses() -> None:
    assert check_td3(SPECIMEN) == []
    td = parse_td3(SPECIMEN)
    assert (td.surname, td.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert (td.number, td.nationality, td.birth, td.sex, td.expiry) == (
        "L898902C3", "UTO", "740812", "F", "120415")
    assert td.optional == "ZE184226B"


def test_specimen_accepted_without_newline_or_with_spaces() -> None:
    assert check_td3(LINE1 + LINE2) == []
    assert check_td3(LINE1 + "  " + LINE2) == []


def test_check_digit_values() -> None:
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"
    assert check_digit("120415") == "9"
    assert check_digit("<<<<<<") == "0"


@pytest.mark.parametrize(
    ("index", "label"),
    [(2, "document number"), (15, "date of birth"), (23, "expiry date"),
     (30, "optional data")],
)
def test_corrupted_digit_in_each_field_is_detected(index: int, label: str) -> None:
    original = LINE2[index]
    replacement = "1" if original != "1" else "2"
    errors = check_td3(LINE1 + "\n" + with_char(LINE2, index, replacement))
    assert any(label in e for e in errors), errors
    assert any("composite" in e for e in errors), errors


@pytest.mark.parametrize(("index", "label"), [(9, "document number"), (19, "date of birth"),
                                              (27, "expiry date"), (42, "optional data")])
def test_corrupted_check_digit_is_detected(index: int, label: str) -> None:
    wrong = str((int(LINE2[index]) + 1) % 10)
    errors = check_td3(LINE1 + "\n" + with_char(LINE2, index, wrong))
    assert any(label in e for e in errors), errors


def test_corrupted_composite_digit() -> None:
    errors = check_td3(LINE1 + "\n" + with_char(LINE2, 43, "1"))
    assert errors == ["composite check digit is 1, expected 0"]


def test_wrong_shape_and_characters() -> None:
    assert check_td3(LINE1) == ["a passport MRZ has two lines of 44 characters"]
    assert "not allowed" in check_td3(LINE1 + "\n" + with_char(LINE2, 0, "l"))[0]
    assert "starts with 'P'" in check_td3(with_char(LINE1, 0, "V") + "\n" + LINE2)[0]


def test_empty_optional_field_with_filler_check_digit_is_accepted() -> None:
    mrz = compose_td3(surname="Wang", given_names="Wei", number="E12345678", nationality="CHN",
                      birth=dt.date(1990, 1, 2), sex="M", expiry=dt.date(2030, 5, 6))
    line2 = mrz.split("\n")[1]
    assert line2[28:43] == "<" * 15
    assert check_td3(mrz) == []
    # the same with '0' as the optional check digit is also valid (sum of fillers is 0),
    # but the composite must then be recomputed: '<' and '0' both count as 0.
    assert check_td3(mrz.replace(line2, line2[:42] + "0" + line2[43])) == []


names = st.text(alphabet=st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ "), min_size=1,
                max_size=20).filter(lambda s: s.strip())


@settings(max_examples=200, deadline=None)
@given(
    surname=names, given_names=names,
    number=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=9),
    nationality=st.sampled_from(["CHN", "MMR", "THA", "LAO", "KHM", "VNM", "UTO"]),
    birth=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    expiry=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)),
    sex=st.sampled_from(["M", "F", "X"]),
    optional=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", max_size=14),
)
def test_compose_then_check_round_trip(surname: str, given_names: str, number: str,
                                       nationality: str, birth: dt.date, expiry: dt.date,
                                       sex: str, optional: str) -> None:
    mrz = compose_td3(surname=surname, given_names=given_names, number=number,
                      nationality=nationality, birth=birth, sex=sex, expiry=expiry,
                      optional=optional)
    assert check_td3(mrz) == []
    td = parse_td3(mrz)
    assert td.number == number
    assert td.nationality == nationality
    assert td.birth == birth.strftime("%y%m%d")
    assert td.expiry == expiry.strftime("%y%m%d")
    assert td.sex == (sex if sex in ("M", "F") else "<")
    assert td.optional == optional
